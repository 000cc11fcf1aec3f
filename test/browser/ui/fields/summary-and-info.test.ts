import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible, inside, mount, useGerman } from './field-test-support.ts';

beforeAll(useGerman);
afterEach(() => document.body.replaceChildren());

const ERRORS = [
  { targetId: 'F60000227', message: 'Geben Sie Ihren Familiennamen ein' },
  { targetId: 'F60000228', message: 'Geben Sie Ihr Geburtsdatum ein' },
];

describe('lotse-error-summary', () => {
  it('is an alert headed "Es gibt ein Problem" with a link per error', async () => {
    await mount('lotse-error-summary', { errors: ERRORS });
    const alert = page.getByRole('alert');
    await expect.element(alert).toHaveAccessibleName('Es gibt ein Problem');
    const links = alert.getByRole('link').elements();
    expect(links.map((link) => [link.textContent?.trim(), link.getAttribute('href')])).toEqual([
      ['Geben Sie Ihren Familiennamen ein', '#F60000227'],
      ['Geben Sie Ihr Geburtsdatum ein', '#F60000228'],
    ]);
    await expectAccessible();
  });

  it('renders nothing without errors', async () => {
    const summary = await mount('lotse-error-summary');
    expect(summary.shadowRoot!.querySelector('[role=alert]')).toBeNull();
    await expectAccessible();
  });

  it('takes focus when the caller calls focus(), also right after setting the errors', async () => {
    const summary = await mount('lotse-error-summary', { errors: ERRORS });
    summary.focus();
    expect(summary.shadowRoot!.activeElement).toBe(inside(summary, '.summary'));
    summary.errors = [];
    await summary.updateComplete;
    summary.errors = ERRORS.slice(1);
    summary.focus();
    await summary.updateComplete;
    expect(summary.shadowRoot!.activeElement).toBe(inside(summary, '.summary'));
  });

  it('emits lotse-error-focus with the target id when a link is chosen', async () => {
    const summary = await mount('lotse-error-summary', { errors: ERRORS });
    const targets: string[] = [];
    summary.addEventListener('lotse-error-focus', (event) => {
      event.preventDefault();
      targets.push(event.detail.targetId);
    });
    await userEvent.click(page.getByRole('link', { name: 'Geben Sie Ihr Geburtsdatum ein' }));
    expect(targets).toEqual(['F60000228']);
    expect(location.hash).toBe('');
  });

  it('focuses the field itself when the caller does not cancel the event', async () => {
    await mount('lotse-error-summary', { errors: ERRORS });
    const field = await mount('lotse-text-field', {
      id: 'F60000227',
      label: 'Familienname',
      error: ERRORS[0]!.message,
    });
    await userEvent.click(page.getByRole('link', { name: 'Geben Sie Ihren Familiennamen ein' }));
    expect(document.activeElement).toBe(field);
    expect(field.shadowRoot!.activeElement?.id).toBe('input');
    await expectAccessible();
  });
});

describe('lotse-info-text', () => {
  it('shows information with its line breaks and no input', async () => {
    const info = await mount('lotse-info-text', {
      heading: 'Gut zu wissen',
      text: 'Sie brauchen Ihren Mietvertrag.\nHaben Sie ihn nicht, fragen Sie uns.',
    });
    expect(info.shadowRoot!.textContent).toContain('Gut zu wissen');
    expect(info.shadowRoot!.querySelector('input, select, textarea')).toBeNull();
    const text = info.shadowRoot!.querySelectorAll('p')[1]!;
    expect(text.getBoundingClientRect().height).toBeGreaterThan(30);
    await expectAccessible();
  });
});
