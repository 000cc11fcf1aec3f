import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/settings/lotse-display-settings.ts';
import { applyDisplaySettings } from '../../../src/settings/display-settings.ts';
import { expectAccessible, inside, mount, useGerman } from '../ui/fields/field-test-support.ts';

beforeAll(useGerman);

afterEach(() => {
  document.body.replaceChildren();
  localStorage.removeItem('lotse.display');
  applyDisplaySettings({ theme: 'default', text: 'normal' });
  document.documentElement.dir = 'ltr';
});

/** The relative luminance of a CSS colour (WCAG 2.2 definition). */
function luminance(color: string): number {
  const probe = document.createElement('i');
  probe.style.color = color;
  document.body.append(probe);
  const [r, g, b] = getComputedStyle(probe)
    .color.match(/\d+(\.\d+)?/g)!
    .map(Number) as [number, number, number];
  probe.remove();
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two design tokens in the current theme. */
function contrast(foreground: string, background: string): number {
  const style = getComputedStyle(document.documentElement);
  const [a, b] = [foreground, background].map((token) =>
    luminance(style.getPropertyValue(`--lotse-${token}`).trim()),
  ) as [number, number];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Text on its backgrounds, for both themes. */
const TEXT_PAIRS = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['link', 'bg'],
  ['link', 'surface'],
  ['on-brand', 'brand'],
  ['on-header', 'header-bg'],
  ['error', 'bg'],
  ['error', 'surface'],
  ['on-danger', 'danger'],
  ['text', 'warning-bg'],
] as const;

/** Borders, focus rings and controls against what surrounds them (non-text contrast). */
const NON_TEXT_PAIRS = [
  ['border', 'surface'],
  ['focus', 'bg'],
  ['focus-accent', 'header-bg'],
  ['brand', 'bg'],
] as const;

describe('the colour themes', () => {
  const ratios = (pairs: readonly (readonly [string, string])[]) =>
    Object.fromEntries(pairs.map(([a, b]) => [`${a} on ${b}`, Number(contrast(a, b).toFixed(2))]));
  const below = (found: Record<string, number>, min: number) =>
    Object.entries(found).filter(([, ratio]) => ratio < min);

  it('default: text at least 4.5:1, borders and focus at least 3:1', () => {
    applyDisplaySettings({ theme: 'default', text: 'normal' });
    expect(below(ratios(TEXT_PAIRS), 4.5)).toEqual([]);
    expect(below(ratios(NON_TEXT_PAIRS), 3)).toEqual([]);
  });

  it('high contrast: text at least 7:1, borders and focus at least 3:1', () => {
    applyDisplaySettings({ theme: 'contrast', text: 'normal' });
    expect(below(ratios(TEXT_PAIRS), 7)).toEqual([]);
    expect(below(ratios(NON_TEXT_PAIRS), 3)).toEqual([]);
  });

  it('large text makes the root font 125 % and targets larger', () => {
    applyDisplaySettings({ theme: 'default', text: 'large' });
    const root = getComputedStyle(document.documentElement);
    expect(parseFloat(root.fontSize)).toBe(20);
    expect(document.documentElement.dataset.text).toBe('large');
  });
});

describe('lotse-display-settings', () => {
  it('is a closed disclosure button until opened, and has no axe violations open or closed', async () => {
    const settings = await mount('lotse-display-settings');
    const toggle = inside<HTMLButtonElement>(settings, 'button');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(inside(settings, '#panel').hidden).toBe(true);
    await expectAccessible();
    toggle.click();
    await settings.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(inside(settings, '#panel').hidden).toBe(false);
    expect(settings.shadowRoot!.querySelectorAll('fieldset legend')).toHaveLength(2);
    await expectAccessible();
  });

  it('applies a choice to <html>, remembers it and restores it on the next visit', async () => {
    const settings = await mount('lotse-display-settings', { open: true });
    inside<HTMLInputElement>(settings, 'input[value=contrast]').click();
    inside<HTMLInputElement>(settings, 'input[value=large]').click();
    expect(document.documentElement.dataset.theme).toBe('contrast');
    expect(document.documentElement.dataset.text).toBe('large');
    expect(JSON.parse(localStorage.getItem('lotse.display')!)).toEqual({
      theme: 'contrast',
      text: 'large',
    });
    settings.remove();
    applyDisplaySettings({ theme: 'default', text: 'normal' });
    const again = await mount('lotse-display-settings', { open: true });
    expect(document.documentElement.dataset.theme).toBe('contrast');
    expect(inside<HTMLInputElement>(again, 'input[value=large]').checked).toBe(true);
  });

  it('works with the keyboard: Enter opens, arrows choose, Escape closes and returns focus', async () => {
    const settings = await mount('lotse-display-settings');
    const toggle = inside<HTMLButtonElement>(settings, 'button');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await settings.updateComplete;
    expect(settings.open).toBe(true);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.documentElement.dataset.theme).toBe('contrast');
    await userEvent.keyboard('{Escape}');
    await settings.updateComplete;
    expect(settings.open).toBe(false);
    expect(settings.shadowRoot!.activeElement).toBe(toggle);
  });

  it('lays out right to left in Arabic with the radio before its label', async () => {
    document.documentElement.dir = 'rtl';
    const settings = await mount('lotse-display-settings', { open: true });
    const label = inside(settings, 'label');
    const radio = label.querySelector('input')!.getBoundingClientRect();
    const text = label.querySelector('span')!.getBoundingClientRect();
    expect(radio.left).toBeGreaterThan(text.right - 1);
  });
});
