import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible, inside, mount, recordValues, useGerman } from './field-test-support.ts';

beforeAll(useGerman);
afterEach(() => document.body.replaceChildren());

describe('lotse-date-field', () => {
  it('is a group named by its legend with Tag, Monat and Jahr boxes', async () => {
    await mount('lotse-date-field', { label: 'Geburtsdatum', hint: 'Zum Beispiel 27 3 2007' });
    const group = page.getByRole('group', { name: 'Geburtsdatum' });
    await expect.element(group).toHaveAccessibleDescription('Zum Beispiel 27 3 2007');
    for (const name of ['Tag', 'Monat', 'Jahr']) {
      const box = group.getByRole('textbox', { name });
      await expect.element(box).toHaveAttribute('inputmode', 'numeric');
    }
    await expectAccessible();
  });

  it('keeps partial input as typed and emits the whole date on every keystroke', async () => {
    const field = await mount('lotse-date-field', { label: 'Einzugsdatum' });
    const values = recordValues(field);
    await userEvent.type(page.getByRole('textbox', { name: 'Tag' }), '07');
    await userEvent.type(page.getByRole('textbox', { name: 'Jahr' }), '20');
    expect(values).toEqual([
      { day: '0', month: '', year: '' },
      { day: '07', month: '', year: '' },
      { day: '07', month: '', year: '2' },
      { day: '07', month: '', year: '20' },
    ]);
    expect(field.value).toEqual({ day: '07', month: '', year: '20' });
  });

  it('emits a blur only when focus leaves all three boxes', async () => {
    const field = await mount('lotse-date-field', { label: 'Einzugsdatum' });
    let blurs = 0;
    field.addEventListener('lotse-field-blur', () => blurs++);
    await userEvent.click(page.getByRole('textbox', { name: 'Tag' }));
    await userEvent.tab();
    await userEvent.tab();
    expect(blurs).toBe(0);
    await userEvent.tab();
    expect(blurs).toBe(1);
  });

  it('highlights only the wrong part and puts the error in the group description', async () => {
    await mount('lotse-date-field', {
      label: 'Geburtsdatum',
      value: { day: '31', month: '13', year: '1990' },
      error: 'Der Monat muss zwischen 1 und 12 liegen',
      invalidParts: ['month'],
    });
    const group = page.getByRole('group', { name: 'Geburtsdatum' });
    await expect
      .element(group)
      .toHaveAccessibleDescription('Fehler: Der Monat muss zwischen 1 und 12 liegen');
    await expect
      .element(group.getByRole('textbox', { name: 'Monat' }))
      .toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(group.getByRole('textbox', { name: 'Tag' }))
      .not.toHaveAttribute('aria-invalid');
    await expectAccessible();
  });

  it('highlights all parts when the error names none', async () => {
    const field = await mount('lotse-date-field', {
      label: 'Datum',
      error: 'Geben Sie ein Datum ein',
    });
    const invalid = field.shadowRoot!.querySelectorAll('input[aria-invalid="true"]');
    expect(invalid).toHaveLength(3);
  });

  it('offers birthday autofill and sizes the boxes for 2, 2 and 4 digits', async () => {
    const field = await mount('lotse-date-field', { label: 'Geburtsdatum', birthday: true });
    const tokens = ['day', 'month', 'year'].map(
      (part) => inside<HTMLInputElement>(field, `#${part}`).autocomplete,
    );
    expect(tokens).toEqual(['bday-day', 'bday-month', 'bday-year']);
    const day = inside(field, '#day').getBoundingClientRect().width;
    const year = inside(field, '#year').getBoundingClientRect().width;
    expect(year).toBeGreaterThan(day);
  });

  it('focus() goes to the day box', async () => {
    const field = await mount('lotse-date-field', { label: 'Datum' });
    field.focus();
    expect(field.shadowRoot!.activeElement?.id).toBe('day');
  });
});
