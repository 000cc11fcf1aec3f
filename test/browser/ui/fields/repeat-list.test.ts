import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { LotseRepeatList } from '../../../../src/ui/fields/lotse-repeat-list.ts';
import { expectAccessible, mount, useGerman } from './field-test-support.ts';

beforeAll(useGerman);
afterEach(() => document.body.replaceChildren());

/** Lets a caller's storage write finish before it shows the change, as a real draft save would. */
const saved = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A caller that owns the instances: one text field per person, re-slotted on every change. */
async function household(names: string[], min: number, max: number | null) {
  const list = await mount('lotse-repeat-list', {
    itemLabel: 'Person',
    addLabel: 'Weitere Person hinzufügen',
    min,
    max,
  });
  const render = async (): Promise<void> => {
    list.replaceChildren(
      ...names.map((name, index) => {
        const field = document.createElement('lotse-text-field');
        Object.assign(field, { label: 'Vorname', value: name, slot: `item-${index}` });
        return field;
      }),
    );
    list.count = names.length;
    await list.updateComplete;
  };
  list.addEventListener('lotse-add', () => {
    names.push('');
    void saved().then(render);
  });
  list.addEventListener('lotse-remove', (event) => {
    names.splice(event.detail.index, 1);
    void saved().then(render);
  });
  await render();
  return list;
}

const focusedId = (list: LotseRepeatList) => list.shadowRoot!.activeElement?.id;

describe('lotse-repeat-list', () => {
  it('heads every instance and slots the caller fields into it', async () => {
    await household(['Anna', 'Ben'], 1, 4);
    const groups = page.getByRole('group');
    expect(groups.elements()).toHaveLength(2);
    await expect.element(page.getByRole('heading', { name: 'Person 2', level: 3 })).toBeVisible();
    await expect.element(page.getByRole('group', { name: 'Person 1' })).toBeVisible();
    expect(page.getByRole('textbox', { name: 'Vorname' }).elements()).toHaveLength(2);
    await expectAccessible();
  });

  it('adds an instance and moves focus to its heading', async () => {
    const names = ['Anna'];
    const list = await household(names, 1, 3);
    await userEvent.click(page.getByRole('button', { name: 'Weitere Person hinzufügen' }));
    await expect.poll(() => focusedId(list)).toBe('heading-1');
    expect(names).toEqual(['Anna', '']);
  });

  it('hides the add button at the maximum', async () => {
    const list = await household(['Anna', 'Ben'], 0, 3);
    await userEvent.click(page.getByRole('button', { name: 'Weitere Person hinzufügen' }));
    await expect.poll(() => list.count).toBe(3);
    expect(list.shadowRoot!.querySelector('#add')).toBeNull();
    await expectAccessible();
  });

  it('disables removing at the minimum', async () => {
    const list = await household(['Anna'], 1, null);
    const remove = page.getByRole('button', { name: 'Entfernen Person 1' });
    await expect.element(remove).toBeDisabled();
    list.min = 0;
    await expect.element(remove).toBeEnabled();
  });

  it('removes the chosen instance and moves focus to the previous heading', async () => {
    const names = ['Anna', 'Ben', 'Cem'];
    const list = await household(names, 0, null);
    const removals: number[] = [];
    list.addEventListener('lotse-remove', (event) => removals.push(event.detail.index));
    await userEvent.click(page.getByRole('button', { name: 'Entfernen Person 3' }));
    await expect.poll(() => focusedId(list)).toBe('heading-1');
    expect(removals).toEqual([2]);
    expect(names).toEqual(['Anna', 'Ben']);
  });

  it('moves focus to the next heading when the first of several is removed', async () => {
    const names = ['Anna', 'Ben'];
    const list = await household(names, 0, null);
    await userEvent.click(page.getByRole('button', { name: 'Entfernen Person 1' }));
    await expect.poll(() => focusedId(list)).toBe('heading-0');
    expect(names).toEqual(['Ben']);
  });

  it('moves focus to the add button when the last instance is removed', async () => {
    const list = await household(['Anna'], 0, null);
    await userEvent.click(page.getByRole('button', { name: 'Entfernen Person 1' }));
    await expect.poll(() => focusedId(list)).toBe('add');
    expect(list.count).toBe(0);
  });

  it('uses "<item> hinzufügen" when the caller gives no add text', async () => {
    await mount('lotse-repeat-list', { itemLabel: 'Kind', count: 0 });
    await expect.element(page.getByRole('button', { name: 'Kind hinzufügen' })).toBeVisible();
    await expectAccessible();
  });
});
