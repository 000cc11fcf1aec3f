import { describe, expect, it } from 'vitest';
import { WrongSecretError } from '../../../src/security/errors.ts';
import { createProfileKey, unlockProfileKey } from '../../../src/security/profile-key.ts';
import { openJson, sealJson } from '../../../src/security/seal.ts';

/** Node ≥ 20 runs the same Web Crypto code (bench, server-side tools); browsers: test/browser. */
describe('profile keys and sealed records in Node', () => {
  const fast = { unsafeTestIterations: 1_000 };

  it('unlocks with the PIN and opens what the created key sealed', async () => {
    const { record, key } = await createProfileKey('482915', fast);
    const sealed = await sealJson(key, { name: 'Amira' }, 'drafts/1');
    const unlocked = await unlockProfileKey('482915', record);
    expect(unlocked.extractable).toBe(false);
    expect(await openJson(unlocked, sealed, 'drafts/1')).toEqual({ name: 'Amira' });
  });

  it('rejects a wrong PIN with WrongSecretError', async () => {
    const { record } = await createProfileKey('482915', fast);
    await expect(unlockProfileKey('482916', record)).rejects.toBeInstanceOf(WrongSecretError);
  });
});
