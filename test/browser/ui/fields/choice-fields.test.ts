import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible, inside, mount, recordValues, useGerman } from './field-test-support.ts';

beforeAll(useGerman);
afterEach(() => document.body.replaceChildren());

const HOUSING = [
  { value: 'miete', label: 'Zur Miete' },
  { value: 'eigentum', label: 'Im Eigentum', hint: 'Haus oder Wohnung gehört Ihnen' },
  { value: 'heim', label: 'Im Wohnheim' },
];

describe('lotse-choice-field', () => {
  it('is a group of radios named by the legend, with option hints as descriptions', async () => {
    await mount('lotse-choice-field', {
      label: 'Wie wohnen Sie?',
      hint: 'Wählen Sie eine Antwort',
      options: HOUSING,
    });
    const group = page.getByRole('group', { name: 'Wie wohnen Sie?' });
    await expect.element(group).toHaveAccessibleDescription('Wählen Sie eine Antwort');
    expect(group.getByRole('radio').elements()).toHaveLength(3);
    await expect
      .element(group.getByRole('radio', { name: 'Im Eigentum' }))
      .toHaveAccessibleDescription('Haus oder Wohnung gehört Ihnen');
    await expectAccessible();
  });

  it('is reachable by Tab and answered with the arrow keys', async () => {
    const before = await mount('lotse-text-field', { label: 'Vorher' });
    const field = await mount('lotse-choice-field', { label: 'Wie wohnen Sie?', options: HOUSING });
    const values = recordValues(field);
    await userEvent.click(page.getByRole('textbox', { name: 'Vorher' }));
    await userEvent.tab();
    expect(field.shadowRoot!.activeElement?.id).toBe('option-0');
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{ArrowDown}');
    expect(values).toEqual(['eigentum', 'heim']);
    await expect.element(page.getByRole('radio', { name: 'Im Wohnheim' })).toBeChecked();
    await userEvent.keyboard('{ArrowUp}');
    expect(field.value).toBe('eigentum');
    before.remove();
  });

  it('selects a radio with the space key', async () => {
    const field = await mount('lotse-choice-field', { label: 'Wohnform', options: HOUSING });
    const values = recordValues(field);
    field.focus();
    await userEvent.keyboard(' ');
    expect(values).toEqual(['miete']);
  });

  it('emits arrays of codes in option order for checkboxes', async () => {
    const field = await mount('lotse-choice-field', {
      label: 'Welche Nachweise haben Sie?',
      multiple: true,
      options: HOUSING,
    });
    const values = recordValues(field);
    await userEvent.click(page.getByRole('checkbox', { name: 'Im Wohnheim' }));
    await userEvent.click(page.getByRole('checkbox', { name: 'Zur Miete' }));
    await userEvent.click(page.getByRole('checkbox', { name: 'Im Wohnheim' }));
    expect(values).toEqual([['heim'], ['miete', 'heim'], ['miete']]);
    field.focus();
    await userEvent.keyboard(' ');
    expect(values.at(-1)).toEqual([]);
  });

  it('shows the chosen answers it is given and focus() goes to the chosen radio', async () => {
    const field = await mount('lotse-choice-field', {
      label: 'Wohnform',
      options: HOUSING,
      value: 'heim',
    });
    await expect.element(page.getByRole('radio', { name: 'Im Wohnheim' })).toBeChecked();
    field.focus();
    expect(field.shadowRoot!.activeElement?.id).toBe('option-2');
  });

  it('puts the error into the group description and marks the options invalid', async () => {
    await mount('lotse-choice-field', {
      label: 'Wohnform',
      options: HOUSING,
      error: 'Wählen Sie aus, wie Sie wohnen',
    });
    const group = page.getByRole('group', { name: 'Wohnform' });
    await expect
      .element(group)
      .toHaveAccessibleDescription('Fehler: Wählen Sie aus, wie Sie wohnen');
    await expect
      .element(group.getByRole('radio', { name: 'Zur Miete' }))
      .toHaveAttribute('aria-invalid', 'true');
    await expectAccessible();
  });
});

describe('lotse-yes-no-field', () => {
  it('offers Ja and Nein side by side and emits booleans', async () => {
    const field = await mount('lotse-yes-no-field', { label: 'Haben Sie Kinder?', required: true });
    const values = recordValues(field);
    const group = page.getByRole('group', { name: 'Haben Sie Kinder?' });
    const yes = group.getByRole('radio', { name: 'Ja' });
    const no = group.getByRole('radio', { name: 'Nein' });
    const yesBox = yes.element().getBoundingClientRect();
    const noBox = no.element().getBoundingClientRect();
    expect(noBox.top).toBeCloseTo(yesBox.top, 0);
    await userEvent.click(no);
    await userEvent.keyboard('{ArrowLeft}');
    expect(values).toEqual([false, true]);
    expect(field.value).toBe(true);
    await expectAccessible();
  });

  it('shows no answer for null and is accessible with an error', async () => {
    await mount('lotse-yes-no-field', {
      label: 'Sind Sie berufstätig?',
      error: 'Wählen Sie Ja oder Nein',
    });
    await expect.element(page.getByRole('radio', { name: 'Ja' })).not.toBeChecked();
    await expect.element(page.getByRole('radio', { name: 'Nein' })).not.toBeChecked();
    await expect
      .element(page.getByRole('group', { name: 'Sind Sie berufstätig?' }))
      .toHaveAccessibleDescription('Fehler: Wählen Sie Ja oder Nein');
    await expectAccessible();
  });
});

describe('lotse-select-field', () => {
  it('starts with an empty "Bitte wählen" option and emits the chosen code', async () => {
    const field = await mount('lotse-select-field', {
      label: 'Staatsangehörigkeit',
      hint: 'Wie im Pass',
      options: [
        { value: '000', label: 'deutsch' },
        { value: '121', label: 'albanisch' },
      ],
    });
    const values = recordValues(field);
    const select = page.getByRole('combobox', { name: 'Staatsangehörigkeit' });
    await expect.element(select).toHaveAccessibleDescription('Wie im Pass');
    await expect.element(select).toHaveValue('');
    expect(inside<HTMLSelectElement>(field, 'select').options[0]?.text).toBe('Bitte wählen');
    await userEvent.selectOptions(select, 'albanisch');
    expect(values).toEqual(['121']);
    await expectAccessible();
  });

  it('shows its error in the description and is accessible', async () => {
    await mount('lotse-select-field', {
      label: 'Familienstand',
      options: [{ value: 'LD', label: 'ledig' }],
      value: 'LD',
      error: 'Wählen Sie Ihren Familienstand',
    });
    const select = page.getByRole('combobox', { name: 'Familienstand' });
    await expect.element(select).toHaveValue('LD');
    await expect
      .element(select)
      .toHaveAccessibleDescription('Fehler: Wählen Sie Ihren Familienstand');
    await expectAccessible();
  });
});
