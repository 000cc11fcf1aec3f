/**
 * Consent before the first question in staff mode: what is stored, where, for how long and who
 * sees it, in plain words, in the citizen's language (and in the staff member's too when they
 * differ). Without consent no question is shown; the consent is stored with the case.
 */
import { css, html, type TemplateResult } from 'lit';
import { hasOwnTranslation, t } from '../i18n/i18n.ts';
import { SOURCE_LANGUAGE, languageDirection } from '../i18n/languages.ts';
import { securitySettings } from '../security/ui/security-settings.ts';

/** Version of the consent text, stored with each consent: a changed text can be asked again. */
export const CONSENT_TEXT_VERSION = '1';

/** The parts of the text, in reading order (keys under forms:consent). */
const PARTS = ['what', 'where', 'howLong', 'who', 'delete'] as const;

/** The language the text is really shown in: its own translation, else German. */
export function consentLanguage(lang: string): string {
  return lang === SOURCE_LANGUAGE || hasOwnTranslation(lang, 'consent.what', 'forms')
    ? lang
    : SOURCE_LANGUAGE;
}

/** The citizen's language first, then the UI language when it shows a different text. */
export function consentLanguages(uiLanguage: string, citizen: string | null): string[] {
  const first = consentLanguage(citizen ?? uiLanguage);
  const second = consentLanguage(uiLanguage);
  return first === second ? [first] : [first, second];
}

/** What the consent page needs from the draft screen. */
export interface ConsentPage {
  /** The UI language. */
  uiLanguage: string;
  /** The citizen's language of the dual-language view, if set. */
  citizenLanguage: string | null;
  /** The staff tools row (the citizen's language is chosen there). */
  tools: TemplateResult;
  /** The person agreed: record it with the language shown first. */
  agree: (lang: string) => void;
}

/** The consent page of a draft in staff mode. */
export function renderConsent(page: ConsentPage): TemplateResult {
  const languages = consentLanguages(page.uiLanguage, page.citizenLanguage);
  // An unsent draft is flagged after staleDays and deleted staleGraceDays later: say the latter.
  const { sentDays, staleDays, staleGraceDays } = securitySettings();
  const onSubmit = (event: Event) => {
    event.preventDefault();
    page.agree(languages[0]!);
  };
  return html`${page.tools}
    <h1 tabindex="-1">${t('forms:consent.title')}</h1>
    <p>${t('forms:consent.staffIntro')}</p>
    ${languages.map(
      (lng) =>
        html`<section
          class="consent-text"
          lang=${lng}
          dir=${languageDirection(lng)}
          aria-labelledby="consent-${lng}"
        >
          <h2 id="consent-${lng}">${t('forms:consent.heading', { lng })}</h2>
          ${PARTS.map(
            (part) =>
              html`<h3>${t(`forms:consent.${part}Title`, { lng })}</h3>
                <p>
                  ${
                    part === 'howLong'
                      ? `${t('forms:consent.howLong', { lng, count: sentDays })} ${t(
                          'forms:consent.unsent',
                          { lng, count: staleDays + staleGraceDays },
                        )}`
                      : t(`forms:consent.${part}`, { lng })
                  }
                </p>`,
          )}
        </section>`,
    )}
    <form novalidate @submit=${onSubmit}>
      <div class="actions">
        <button type="submit" class="agree">${t('forms:consent.agree')}</button>
      </div>
    </form>
    <p>${t('forms:consent.refused')} <a href="/">${t('forms:draft.home')}</a></p>`;
}

/** Layout of the consent text: each language in a framed block of its own. */
export const consentStyles = css`
  .consent-text {
    border: 2px solid var(--lotse-border);
    border-radius: 6px;
    background: var(--lotse-surface);
    padding: var(--lotse-space-m);
    margin-block: var(--lotse-space-m);
  }
  .consent-text h2 {
    margin-block-start: 0;
  }
  .consent-text h3 {
    font-size: 1.1rem;
    margin-block: var(--lotse-space-m) var(--lotse-space-xs);
  }
  .consent-text p {
    margin-block: 0;
  }
`;
