import { i18n } from '../i18n/i18n.ts';

/** The printout is for the German office: German wording whatever the UI language. */
export const PRINT_LANGUAGE = 'de';

/** Translates a key in German (the printout's language), independent of the UI language. */
export const printT = (key: string, options?: Record<string, unknown>): string =>
  i18n.getFixedT(PRINT_LANGUAGE)(key, options ?? {});
