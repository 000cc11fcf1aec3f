/**
 * The citizen's language for the dual-language assisted view: chosen by the staff member for this
 * session (a tablet serves many people, so it is not remembered across sessions). When it differs
 * from the UI language, every question shows both.
 */
import { html, type TemplateResult } from 'lit';
import { t } from '../i18n/i18n.ts';
import { LANGUAGES } from '../i18n/languages.ts';

const STORAGE_KEY = 'lotse.citizenLanguage';

/** Dispatched on window when the citizen's language changes. */
export const CITIZEN_LANGUAGE_CHANGED = 'lotse-citizen-language';

/** The citizen's language of this session, or null (only the UI language). */
export function citizenLanguage(): string | null {
  try {
    const code = sessionStorage.getItem(STORAGE_KEY);
    return LANGUAGES.some((language) => language.code === code) ? code : null;
  } catch {
    return null;
  }
}

/** Sets (or with null clears) the citizen's language for this session. */
export function setCitizenLanguage(code: string | null): void {
  try {
    if (code) sessionStorage.setItem(STORAGE_KEY, code);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage blocked: the view cannot be kept, but nothing else depends on it.
  }
  window.dispatchEvent(new Event(CITIZEN_LANGUAGE_CHANGED));
}

/** The staff member's choice of the citizen's language. */
export function citizenLanguageSwitch(): TemplateResult {
  const current = citizenLanguage();
  return html`<p class="citizen-language">
    <label for="citizen-language">${t('forms:language.citizen')}</label>
    <select
      id="citizen-language"
      @change=${(event: Event) =>
        setCitizenLanguage((event.target as HTMLSelectElement).value || null)}
    >
      <option value="" ?selected=${current === null}>${t('forms:language.none')}</option>
      ${LANGUAGES.map(
        (language) =>
          html`<option
            value=${language.code}
            lang=${language.code}
            ?selected=${language.code === current}
          >
            ${language.nativeName}
          </option>`,
      )}
    </select>
  </p>`;
}
