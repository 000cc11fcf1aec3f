/**
 * `npm run office:decrypt -- --key <private.jwk> --reference <LT-…> [--out <dir>]`: the office
 * opens an application with its private key, verifies every hash, runs the shared validation and
 * prints the German summary; `--out` also writes `content.json` and each document. Uses the same
 * DATA_DIR / DATABASE_URL as the server. Exit code 1 when it cannot be opened or a check fails.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundledForms } from '../../forms/definitions/index.ts';
import { readStorageConfig } from '../config.ts';
import { loadGermanMessages } from '../forms/messages.ts';
import { publishedFormsOf } from '../forms/published-forms.ts';
import { openStorage } from '../storage/open-storage.ts';
import { isValidReference } from '../submissions/reference.ts';
import { applicationSummary } from './application-summary.ts';
import { readPrivateKeyFile } from './key-file.ts';
import { OfficeKeyError } from './office-keys.ts';
import {
  openApplication,
  OpenApplicationError,
  type OpenedApplication,
} from './open-application.ts';

const USAGE =
  'usage: npm run office:decrypt -- --key <private.jwk> --reference <LT-…> [--out <dir>]';

/** A mistake on the command line. */
class UsageError extends Error {
  override name = 'UsageError';
}

function readArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        key: { type: 'string' },
        reference: { type: 'string' },
        out: { type: 'string' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function main(args: string[]): Promise<number> {
  const values = readArgs(args);
  if (values.key === undefined || values.reference === undefined) {
    throw new UsageError('--key and --reference are required');
  }
  const reference = values.reference.trim().toUpperCase();
  if (!isValidReference(reference)) {
    throw new UsageError(`${values.reference} is not a reference number (check for typos)`);
  }
  const privateJwk = await readPrivateKeyFile(resolve(values.key));
  const config = readStorageConfig();
  if (config.kind === 'sqlite' && !existsSync(config.file)) {
    throw new UsageError(`no Lotse database at ${config.file}; set DATA_DIR or DATABASE_URL`);
  }
  const { db } = await openStorage(config);
  let opened: OpenedApplication;
  try {
    opened = await openApplication(db, reference, privateJwk, {
      forms: publishedFormsOf(bundledForms).byId,
      messages: loadGermanMessages(),
    });
  } finally {
    await db.destroy();
  }
  console.log(applicationSummary(opened).join('\n'));
  if (values.out !== undefined) await writeOut(resolve(values.out), opened);
  const failed = opened.verifications.filter((check) => !check.ok);
  if (failed.length > 0) {
    console.error(`error: ${failed.length} check(s) failed (hash mismatch or missing document)`);
    return 1;
  }
  return 0;
}

/** Writes content.json and every verified document (owner-readable only: personal data). */
async function writeOut(dir: string, opened: OpenedApplication): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const write = (name: string, data: string | Buffer) =>
    writeFile(join(dir, name), data, { mode: 0o600 });
  await write('content.json', `${JSON.stringify(opened.content, null, 2)}\n`);
  const used = new Set(['content.json']);
  for (const { attachment, bytes } of opened.documents) {
    if (bytes === null) continue;
    // Only the base name, with path and control characters replaced: never outside `dir`.
    let name = basename(attachment.name).replace(/[\\/\p{Cc}]/gu, '_') || attachment.id;
    if (name === '.' || name === '..') name = attachment.id;
    if (used.has(name)) name = `${attachment.id}-${name}`;
    used.add(name);
    await write(name, bytes);
    console.log(`written: ${join(dir, name)}`);
  }
  console.log(`written: ${join(dir, 'content.json')}`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`error: ${error.message}\n${USAGE}`);
    else if (error instanceof OpenApplicationError || error instanceof OfficeKeyError) {
      console.error(`error: ${error.message}`);
    } else if (error instanceof Error) console.error(`${error.name}: ${error.message}`);
    else console.error(String(error));
    process.exit(1);
  },
);
