import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { changeLanguage } from '../../../../src/i18n/i18n.ts';
import { expectAccessible, inside, mount, recordValues, useGerman } from './field-test-support.ts';

beforeAll(useGerman);
afterEach(() => document.body.replaceChildren());

describe('lotse-text-field', () => {
  it('names the input by its label and describes it by hint and error', async () => {
    await mount('lotse-text-field', {
      label: 'Vorname',
      hint: 'Wie im Ausweis',
      error: 'Geben Sie Ihren Vornamen ein',
    });
    const input = page.getByRole('textbox', { name: 'Vorname' });
    await expect
      .element(input)
      .toHaveAccessibleDescription('Wie im Ausweis Fehler: Geben Sie Ihren Vornamen ein');
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible();
  });

  it('has no violations and no invalid state without an error', async () => {
    await mount('lotse-text-field', { label: 'Vorname', help: 'Alle Vornamen, wie im Ausweis.' });
    const input = page.getByRole('textbox', { name: 'Vorname' });
    await expect.element(input).not.toHaveAttribute('aria-invalid');
    await expect.element(input).not.toHaveAccessibleDescription();
    await expectAccessible();
  });

  it('emits every typed string and a blur when focus leaves', async () => {
    const field = await mount('lotse-text-field', { label: 'Nachname' });
    const values = recordValues(field);
    let blurs = 0;
    field.addEventListener('lotse-field-blur', () => blurs++);
    await userEvent.type(page.getByRole('textbox', { name: 'Nachname' }), 'Öz');
    expect(values).toEqual(['Ö', 'Öz']);
    expect(field.value).toBe('Öz');
    await userEvent.tab();
    expect(blurs).toBe(1);
  });

  it('counts characters against maxlength but lets the user type beyond it', async () => {
    const field = await mount('lotse-text-field', { label: 'Kürzel', maxlength: 3 });
    const input = page.getByRole('textbox', { name: 'Kürzel' });
    await expect.element(input).toHaveAccessibleDescription('Sie haben noch 3 Zeichen');
    await userEvent.type(input, 'ABCDE');
    expect(field.value).toBe('ABCDE');
    await expect.element(input).toHaveAccessibleDescription('Sie haben 2 Zeichen zu viel');
    expect(inside<HTMLInputElement>(field, 'input').maxLength).toBe(-1);
  });

  it('renders a textarea with the asked keyboard, autofill and spellcheck settings', async () => {
    const area = await mount('lotse-text-field', { label: 'Bemerkung', multiline: true, rows: 4 });
    expect(inside<HTMLTextAreaElement>(area, 'textarea').rows).toBe(4);
    await expect.element(page.getByRole('textbox', { name: 'Bemerkung' })).toBeVisible();
    area.setAttribute('spellcheck', 'false');
    await area.updateComplete;
    expect(inside<HTMLTextAreaElement>(area, 'textarea').spellcheck).toBe(false);
    const plz = await mount('lotse-text-field', {
      label: 'Postleitzahl',
      inputmode: 'numeric',
      autocomplete: 'postal-code',
      spellcheck: false,
      width: 5,
    });
    const input = inside<HTMLInputElement>(plz, 'input');
    expect([input.inputMode, input.autocomplete, input.spellcheck]).toEqual([
      'numeric',
      'postal-code',
      false,
    ]);
    await expectAccessible();
  });

  it('focus() puts the cursor into the input', async () => {
    const field = await mount('lotse-text-field', { label: 'Ort' });
    field.focus();
    expect(field.shadowRoot!.activeElement?.id).toBe(field.inputId);
  });

  it('shows the help behind an expandable summary or as a visible paragraph', async () => {
    const hidden = await mount('lotse-text-field', { label: 'A', help: 'Erklärung A' });
    expect(inside(hidden, 'summary').textContent).toBe('Hilfe zu dieser Frage');
    expect(inside<HTMLDetailsElement>(hidden, 'details').open).toBe(false);
    const shown = await mount('lotse-text-field', {
      label: 'B',
      help: 'Erklärung B',
      helpDisplay: 'inline',
    });
    expect(inside(shown, '.help').textContent).toBe('Erklärung B');
    await expectAccessible();
  });

  it('translates its own texts when the language changes', async () => {
    await mount('lotse-text-field', { label: 'Name', error: 'Pflichtfeld' });
    await changeLanguage('en');
    const input = page.getByRole('textbox', { name: 'Name' });
    await expect.element(input).toHaveAccessibleDescription('Error: Pflichtfeld');
    await changeLanguage('de');
    await expect.element(input).toHaveAccessibleDescription('Fehler: Pflichtfeld');
  });
});

describe('lotse-number-field', () => {
  it('keeps the typed string and describes the input with its unit', async () => {
    const field = await mount('lotse-number-field', {
      label: 'Monatliche Miete',
      hint: 'Kaltmiete ohne Nebenkosten',
      unit: '€',
    });
    const values = recordValues(field);
    const input = page.getByRole('textbox', { name: 'Monatliche Miete' });
    await expect.element(input).toHaveAccessibleDescription('Kaltmiete ohne Nebenkosten €');
    await userEvent.type(input, '1.234,50');
    expect(values.at(-1)).toBe('1.234,50');
    expect(inside<HTMLInputElement>(field, 'input').inputMode).toBe('decimal');
    await expectAccessible();
  });

  it('marks the input invalid with the error in its description', async () => {
    await mount('lotse-number-field', {
      label: 'Wohnfläche',
      unit: 'm²',
      inputmode: 'numeric',
      error: 'Geben Sie die Wohnfläche als Zahl ein, zum Beispiel 62',
    });
    const input = page.getByRole('textbox', { name: 'Wohnfläche' });
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(input)
      .toHaveAccessibleDescription(
        'Fehler: Geben Sie die Wohnfläche als Zahl ein, zum Beispiel 62 m²',
      );
    await expectAccessible();
  });
});
