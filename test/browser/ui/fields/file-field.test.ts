import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { FileValue } from '../../../../src/ui/fields/field-events.ts';
import { prepareFile } from '../../../../src/ui/fields/downscale-image.ts';
import { expectAccessible, inside, mount, useGerman } from './field-test-support.ts';

beforeAll(useGerman);
afterEach(() => document.body.replaceChildren());

/** A photo-sized image with a gradient, as a camera would deliver it. */
async function photo(width: number, height: number, type = 'image/jpeg'): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#0b5d7a');
  gradient.addColorStop(1, '#ffdd00');
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  return canvas.convertToBlob({ type, quality: 0.95 });
}

/** Resolves with the next value the field emits. */
function nextValue(field: HTMLElement): Promise<FileValue | null> {
  return new Promise((resolve) => {
    field.addEventListener(
      'lotse-value-change',
      (event) => resolve(event.detail.value as FileValue | null),
      { once: true },
    );
  });
}

const PDF = new File(['%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'], 'lohnabrechnung.pdf', {
  type: 'application/pdf',
});

describe('lotse-file-field', () => {
  it('downscales a 4000 × 3000 photo to at most 2000 px as JPEG before emitting it', async () => {
    const field = await mount('lotse-file-field', { label: 'Foto des Mietvertrags' });
    const big = new File([await photo(4000, 3000)], 'mietvertrag.jpeg', { type: 'image/jpeg' });
    const emitted = nextValue(field);
    await userEvent.upload(page.getByLabelText('Foto des Mietvertrags'), big);
    const value = (await emitted)!;
    const bitmap = await createImageBitmap(value.blob!);
    expect([bitmap.width, bitmap.height]).toEqual([2000, 1500]);
    expect(value).toMatchObject({ name: 'mietvertrag.jpg', type: 'image/jpeg' });
    expect(value.size).toBe(value.blob!.size);
    await field.updateComplete;
    expect(inside<HTMLImageElement>(field, 'img.thumb').src).toMatch(/^blob:/);
    expect(inside(field, '#file').textContent).toContain('mietvertrag.jpg');
  });

  it('keeps a PDF exactly as it is', async () => {
    const field = await mount('lotse-file-field', { label: 'Nachweis', accept: 'application/pdf' });
    const emitted = nextValue(field);
    await userEvent.upload(page.getByLabelText('Nachweis'), PDF);
    const value = (await emitted)!;
    expect(value).toMatchObject({ name: 'lohnabrechnung.pdf', type: 'application/pdf' });
    expect(await value.blob!.text()).toBe(await PDF.text());
    expect(value.size).toBe(PDF.size);
  });

  it('keeps photos that already fit and files it cannot decode', async () => {
    const small = await photo(800, 600);
    expect((await prepareFile(small, 'klein.jpg')).blob).toBe(small);
    const broken = new Blob(['not an image'], { type: 'image/heic' });
    expect(await prepareFile(broken, 'iphone.heic')).toEqual({
      blob: broken,
      name: 'iphone.heic',
      type: 'image/heic',
    });
    const portrait = await prepareFile(await photo(1000, 3000), 'hoch.jpeg', 1200);
    const bitmap = await createImageBitmap(portrait.blob);
    expect([bitmap.width, bitmap.height, portrait.name]).toEqual([400, 1200, 'hoch.jpg']);
  });

  it('names the picker by its label and asks for the back camera when told', async () => {
    const field = await mount('lotse-file-field', {
      label: 'Foto des Ausweises',
      hint: 'Vorder- und Rückseite',
      camera: true,
      accept: 'image/*',
    });
    const picker = page.getByRole('button', { name: 'Foto des Ausweises' });
    await expect.element(picker).toHaveAccessibleDescription('Vorder- und Rückseite');
    await expect.element(picker).toHaveAttribute('capture', 'environment');
    expect(inside(field, '.button').textContent).toBe('Foto aufnehmen');
    await expectAccessible();
  });

  it('shows a stored file with its size and removes it, returning focus to the picker', async () => {
    const field = await mount('lotse-file-field', {
      label: 'Nachweis',
      value: { name: 'lohnabrechnung.pdf', type: 'application/pdf', size: 1_234_567 },
    });
    expect(inside(field, '#file').textContent).toMatch(/lohnabrechnung\.pdf\s+1,2 MB/);
    expect(inside(field, '.button').textContent).toBe('Andere Datei wählen');
    await expectAccessible();
    const emitted = nextValue(field);
    await userEvent.click(page.getByRole('button', { name: 'Entfernen lohnabrechnung.pdf' }));
    expect(await emitted).toBeNull();
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('#file')).toBeNull();
    expect(field.shadowRoot!.activeElement?.id).toBe('input');
  });

  it('shows an error given as a property, described and accessible', async () => {
    await mount('lotse-file-field', {
      label: 'Nachweis',
      error: 'Die Datei ist größer als 10 MB. Wählen Sie eine kleinere Datei.',
    });
    const picker = page.getByRole('button', { name: 'Nachweis' });
    await expect.element(picker).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(picker)
      .toHaveAccessibleDescription(
        'Fehler: Die Datei ist größer als 10 MB. Wählen Sie eine kleinere Datei.',
      );
    await expectAccessible();
  });
});
