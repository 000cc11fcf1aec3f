/// <reference types="@vitest/browser-playwright" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { wrap, type Remote } from 'comlink';
import type { WorkerApi } from '../../../src/worker/api.ts';

/**
 * A real full disk: Chromium's DevTools protocol gives this origin a 3 MB quota, and the real
 * worker (Comlink, Dexie, IndexedDB) runs into it. Nothing about the error is simulated.
 */
describe('a full storage, in Chromium through the worker', () => {
  const worker = new Worker(new URL('../../../src/worker/worker.ts', import.meta.url), {
    type: 'module',
  });
  const api: Remote<WorkerApi> = wrap<WorkerApi>(worker);
  const STREET = 'G_lotse_neue_wohnung[0].F00000053';
  let draftId = '';

  beforeAll(async () => {
    await cdp().send('Storage.overrideQuotaForOrigin', {
      origin: location.origin,
      quotaSize: 3_000_000,
    });
    const draft = await api.createDraft({
      formId: 'lotse-wohnsitz-anmeldung',
      formVersion: '1.0',
      serviceId: '99115005104000',
    });
    draftId = draft.id;
    expect(await api.saveAnswerSafely(draftId, STREET, 'Kampstraße')).toMatchObject({ ok: true });
  });

  afterAll(async () => {
    await cdp().send('Storage.overrideQuotaForOrigin', { origin: location.origin });
    await api.deleteDraft(draftId);
    worker.terminate();
  });

  it('answers a photo too large for the space left with reason "quota", keeping the draft', async () => {
    const photo = {
      blob: new Blob([new Uint8Array(5_000_000)]),
      name: 'foto.jpg',
      type: 'image/jpeg',
    };
    expect(await api.saveAttachmentSafely(draftId, photo)).toEqual({ ok: false, reason: 'quota' });
    expect((await api.readDraft(draftId))?.answers).toEqual({
      G_lotse_neue_wohnung: [{ F00000053: 'Kampstraße' }],
    });
  });

  it('answers an answer too large for the space left with reason "quota", keeping the old text', async () => {
    const huge = 'x'.repeat(5_000_000);
    expect(await api.saveAnswerSafely(draftId, STREET, huge)).toEqual({
      ok: false,
      reason: 'quota',
    });
    expect((await api.readDraft(draftId))?.answers).toEqual({
      G_lotse_neue_wohnung: [{ F00000053: 'Kampstraße' }],
    });
  });

  it('saves the photo once the quota allows it again', async () => {
    await cdp().send('Storage.overrideQuotaForOrigin', { origin: location.origin });
    const photo = {
      blob: new Blob([new Uint8Array(5_000_000)]),
      name: 'foto.jpg',
      type: 'image/jpeg',
    };
    const result = await api.saveAttachmentSafely(draftId, photo);
    expect(result.ok && result.value).toMatchObject({ name: 'foto.jpg', size: 5_000_000 });
  });
});
