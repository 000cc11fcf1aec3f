/**
 * `npm run submissions:status -- <reference> <in-progress|decided|needs-information> [--note "…"]`:
 * the office changes the status of a stored submission; the submitting device shows it on its
 * next check. Uses the same DATA_DIR / DATABASE_URL as the server. Exit code 1 on any refusal.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readStorageConfig } from '../config.ts';
import { openStorage } from '../storage/open-storage.ts';
import {
  changeSubmissionStatus,
  checkStatusRequest,
  OFFICE_STATUSES,
  StatusChangeError,
} from './status.ts';

const USAGE = `usage: npm run submissions:status -- <reference-number> <${OFFICE_STATUSES.join('|')}> [--note "text"]`;

async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { note: { type: 'string' } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  const [reference, status, ...rest] = parsed.positionals;
  if (reference === undefined || status === undefined || rest.length > 0) {
    console.error(USAGE);
    return 1;
  }
  // Checked before the database is opened: a typo never touches storage.
  const request = checkStatusRequest(reference, status, parsed.values.note);
  const config = readStorageConfig();
  if (config.kind === 'sqlite' && !existsSync(config.file)) {
    console.error(
      `error: no Lotse database at ${config.file}; set DATA_DIR (or DATABASE_URL) as for the server.`,
    );
    return 1;
  }
  const { db } = await openStorage(config);
  try {
    const changed = await changeSubmissionStatus(db, request, new Date());
    console.log(`${changed.reference}: ${changed.from} → ${changed.to}`);
    if (changed.note !== null) console.log(`note: ${changed.note}`);
    return 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof StatusChangeError) console.error(`error: ${error.message}`);
    else if (error instanceof Error) console.error(`${error.name}: ${error.message}`);
    else console.error(String(error));
    process.exit(1);
  },
);
