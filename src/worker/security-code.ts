/**
 * Profiles, the session, retention and "delete everything about this person", loaded on first
 * use: on a device without profiles a draft operation only asks `hasProfiles`, so the first
 * bundle of the worker carries no key derivation.
 */
export { ProfileSession } from '../security/store/session.ts';
export { applyRetention } from '../drafts/store/retention.ts';
export { deletePerson } from '../drafts/store/delete-person.ts';
