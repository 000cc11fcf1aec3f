/**
 * `npm run devices -- enroll [--label "Bibliothek Tablet 3"] [--hours 24]`: prints a one-time
 * enrollment code for a staff tablet. `npm run devices -- list`: every device. `npm run devices --
 * revoke <deviceId>`: the device's token is refused from now on. Uses the same DATA_DIR /
 * DATABASE_URL as the server; exit code 1 with `error: …` on any mistake.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readStorageConfig } from '../config.ts';
import { openStorage } from '../storage/open-storage.ts';
import { listDevices, revokeDevice, type DeviceSummary } from './device-store.ts';
import {
  createEnrollmentCode,
  DEFAULT_ENROLLMENT_HOURS,
  MAX_ENROLLMENT_HOURS,
  MAX_LABEL_LENGTH,
} from './enrollment.ts';

const USAGE = `usage: npm run devices -- enroll [--label "Bibliothek Tablet 3"] [--hours ${DEFAULT_ENROLLMENT_HOURS}]
       npm run devices -- list
       npm run devices -- revoke <deviceId>`;

/** A mistake in the command line or a refusal: printed as `error: …`, exit code 1. */
class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    /** Print the usage too (the command line was wrong). */
    readonly showUsage = true,
  ) {
    super(message);
  }
}

type Command =
  | { name: 'enroll'; label: string | null; hours: number }
  | { name: 'list' }
  | { name: 'revoke'; id: string };

function parseCommand(args: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { label: { type: 'string' }, hours: { type: 'string' } },
    });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  const [name, ...rest] = parsed.positionals;
  const { label, hours } = parsed.values;
  if (name === 'enroll' && rest.length === 0) {
    return { name, label: checkLabel(label), hours: checkHours(hours) };
  }
  if (label !== undefined || hours !== undefined) {
    throw new CliError('--label and --hours belong to "enroll"');
  }
  if (name === 'list' && rest.length === 0) return { name };
  if (name === 'revoke' && rest.length === 1) return { name, id: rest[0]! };
  throw new CliError(
    name === undefined ? 'name a command' : `cannot understand "${args.join(' ')}"`,
  );
}

function checkLabel(label: string | undefined): string | null {
  if (label === undefined) return null;
  const trimmed = label.trim();
  // Control characters would garble the list; the length keeps it on one line.
  if (trimmed === '' || trimmed.length > MAX_LABEL_LENGTH || /\p{Cc}/u.test(trimmed)) {
    throw new CliError(`--label must be 1 to ${MAX_LABEL_LENGTH} characters, one line`);
  }
  return trimmed;
}

function checkHours(hours: string | undefined): number {
  if (hours === undefined) return DEFAULT_ENROLLMENT_HOURS;
  const value = Number(hours);
  if (!/^\d+(\.\d+)?$/.test(hours) || value <= 0 || value > MAX_ENROLLMENT_HOURS) {
    throw new CliError(`--hours must be a number above 0 and at most ${MAX_ENROLLMENT_HOURS}`);
  }
  return value;
}

async function main(args: string[]): Promise<void> {
  // Checked before the database is opened: a typo never touches storage.
  const command = parseCommand(args);
  const config = readStorageConfig();
  if (config.kind === 'sqlite' && !existsSync(config.file)) {
    throw new CliError(
      `no Lotse database at ${config.file}; start the server once, or set DATA_DIR (or DATABASE_URL) as for the server`,
      false,
    );
  }
  const { db } = await openStorage(config);
  try {
    const now = new Date();
    if (command.name === 'enroll') {
      const { code, expiresAt } = await createEnrollmentCode(db, command, now);
      console.log(`enrollment code: ${code}`);
      console.log(`valid until ${expiresAt} (${command.hours} h), for one device`);
      if (command.label !== null) console.log(`label: ${command.label}`);
    } else if (command.name === 'list') {
      const devices = await listDevices(db);
      if (devices.length === 0) console.log('no devices');
      for (const device of devices) console.log(describe(device));
    } else {
      const result = await revokeDevice(db, command.id, now);
      if (result === null) {
        throw new CliError(
          `no device has the id "${command.id}"; see "npm run devices -- list"`,
          false,
        );
      }
      console.log(
        result.alreadyRevoked
          ? `${command.id} was already revoked at ${result.device.revokedAt}`
          : `${command.id} revoked: its token is refused from now on`,
      );
    }
  } finally {
    await db.destroy();
  }
}

function describe(device: DeviceSummary): string {
  const state = device.revokedAt === null ? 'active' : `revoked ${device.revokedAt}`;
  const seen = device.lastSeenAt === null ? 'never seen' : `seen ${device.lastSeenAt}`;
  const label = device.label === null ? '' : `  "${device.label}"`;
  return `${device.id}  ${device.kind.padEnd(7)}  ${state}  created ${device.createdAt}  ${seen}${label}`;
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof CliError) {
      console.error(`error: ${error.message}${error.showUsage ? `\n${USAGE}` : ''}`);
    } else if (error instanceof Error) console.error(`${error.name}: ${error.message}`);
    else console.error(String(error));
    process.exit(1);
  },
);
