import { t } from '../i18n/i18n.ts';

const KNOWN = new Set(['1', '2', '3', '2/3', '4', '5', '6', '7']);

/**
 * LeiKa types say who makes the rules and who carries them out (federation, state, municipality).
 * "1, 2/3" lists several types; unknown codes are shown as they are.
 */
export function describeLeikaType(type: string): string {
  return type
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean)
    .map((code) =>
      KNOWN.has(code)
        ? t('catalogue:leikaType.known', { code, meaning: t(`catalogue:leikaType.${code}`) })
        : t('catalogue:leikaType.unknown', { code }),
    )
    .join('; ');
}
