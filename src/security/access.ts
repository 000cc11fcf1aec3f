/**
 * Who reads and writes personal data on this device: nobody in particular on a device without
 * profiles (stored as typed, like before profiles existed), or one unlocked profile whose data
 * key seals everything it writes. Plain data plus a non-extractable CryptoKey: worker side only,
 * never posted to the page.
 */
export type Access =
  | {
      /** No profile on the device: drafts are stored in clear and have no owner. */
      mode: 'open';
    }
  | {
      /** A profile is unlocked: its drafts are sealed with its key and only it sees them. */
      mode: 'sealed';
      /** The unlocked profile. */
      profileId: string;
      /** Its AES-GCM data key (non-extractable, in memory only). */
      key: CryptoKey;
    };

/** Access of a device without profiles. */
export const OPEN: Access = Object.freeze({ mode: 'open' });
