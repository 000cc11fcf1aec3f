import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/ui/lotse-progress.ts';
import '../../../src/ui/lotse-breadcrumbs.ts';

afterEach(() => {
  document.body.replaceChildren();
});

async function expectAccessible(): Promise<void> {
  const { violations } = await axe.run(document.body, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
  });
  expect(violations.map((violation) => violation.id)).toEqual([]);
}

describe('lotse-progress', () => {
  it('tells the progress as a labelled progress bar and as text', async () => {
    const progress = document.createElement('lotse-progress');
    Object.assign(progress, { label: 'Katalog wird geladen', value: 0.42, valueText: '42 %' });
    document.body.append(progress);
    await progress.updateComplete;
    const bar = progress.shadowRoot!.querySelector('progress')!;
    expect(bar.value).toBeCloseTo(0.42);
    expect(bar.getAttribute('aria-valuetext')).toBe('42 %');
    expect(progress.shadowRoot!.textContent).toContain('42 %');
    await expectAccessible();
  });
});

describe('lotse-breadcrumbs', () => {
  it('is a named navigation landmark with links marked in their content language', async () => {
    const crumbs = document.createElement('lotse-breadcrumbs');
    crumbs.label = 'Sie sind hier';
    crumbs.crumbs = [
      { label: 'Start', href: '/' },
      { label: 'Bauen & Wohnen', href: '/browse/tf-bauen-wohnen', lang: 'de' },
    ];
    document.body.append(crumbs);
    await crumbs.updateComplete;
    const nav = crumbs.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('Sie sind hier');
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((link) => [link.textContent, link.getAttribute('lang')])).toEqual([
      ['Start', null],
      ['Bauen & Wohnen', 'de'],
    ]);
    await expectAccessible();
  });
});
