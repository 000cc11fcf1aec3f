import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** One answer of a choice question. */
export interface ChoiceOption {
  /** The code emitted when chosen. */
  value: string;
  /** Visible text, already translated. */
  label: string;
  /** Optional hint under the option, part of its accessible description. */
  hint?: string;
  /** The label in the second language of the dual-language view. */
  secondary?: string;
  /** Language of `label` when it differs from the page's (untranslated: "de"). */
  lang?: string;
}

/** How a list of radios or checkboxes is rendered. */
export interface OptionsConfig {
  /** Radios (one answer) or checkboxes (several). */
  type: 'radio' | 'checkbox';
  /** The answers. */
  options: readonly ChoiceOption[];
  /** Whether an answer is currently chosen. */
  isChecked: (value: string) => boolean;
  /** Marks every input invalid (the field has an error). */
  invalid: boolean;
  /** Marks radios as required (checkboxes never: that would require each box). */
  required: boolean;
  /** Options side by side (short lists such as Ja / Nein). */
  inline: boolean;
  /** Called on every change of any input. */
  onChange: (event: Event) => void;
  /** Language and direction of the options' `secondary` labels. */
  secondary?: { lang: string; dir: 'ltr' | 'rtl' } | null;
}

/** Styles for `renderOptions`: whole rows clickable, at least 44 × 44 px, wrapping at 320 px. */
export const optionStyles = css`
  .options {
    display: grid;
    gap: var(--lotse-space-xs);
  }
  .options.inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lotse-space-xs) var(--lotse-space-l);
  }
  .option label {
    display: flex;
    align-items: center;
    gap: var(--lotse-space-s);
    min-block-size: var(--lotse-target-size, 44px);
    min-inline-size: var(--lotse-target-size, 44px);
    padding-block: var(--lotse-space-xs);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .option input {
    flex: none;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin: 0;
    accent-color: var(--lotse-brand);
    cursor: pointer;
  }
  .option .hint {
    margin: 0;
    padding-inline-start: calc(1.75rem + var(--lotse-space-s));
  }
`;

/** Radios or checkboxes with ids `option-<n>` (hints `option-<n>-hint`), sharing one name. */
export function renderOptions(config: OptionsConfig): TemplateResult {
  return html`<div class=${config.inline ? 'options inline' : 'options'}>
    ${config.options.map((option, index) => {
      const id = `option-${index}`;
      return html`<div class="option">
        <label>
          <input
            id=${id}
            type=${config.type}
            name="choice"
            .value=${option.value}
            .checked=${live(config.isChecked(option.value))}
            ?required=${config.required && config.type === 'radio'}
            aria-invalid=${config.invalid ? 'true' : nothing}
            aria-describedby=${option.hint ? `${id}-hint` : nothing}
            @change=${config.onChange}
          />
          <span
            ><span lang=${option.lang ?? nothing}>${option.label}</span>${
              config.secondary && option.secondary
                ? html`<span
                    class="second-language"
                    lang=${config.secondary.lang}
                    dir=${config.secondary.dir}
                    >${option.secondary}</span
                  >`
                : nothing
            }</span
          >
        </label>
        ${option.hint ? html`<p id="${id}-hint" class="hint">${option.hint}</p>` : nothing}
      </div>`;
    })}
  </div>`;
}
