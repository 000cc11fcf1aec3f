import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { groupOf, sizeOf, type JsGroup } from './gzip-size.ts';

/** The build output folder of the app. */
export const DIST_DIR = resolve(import.meta.dirname, '../../dist');

/** Raised when dist/ has not been built. */
export class MissingBuildError extends Error {
  override name = 'MissingBuildError';
}

/** Throws a MissingBuildError unless dist/ holds a built app. */
export function assertBuilt(distDir = DIST_DIR): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new MissingBuildError(`${distDir}/index.html is missing: run \`npm run build\` first`);
  }
}

/** Every JavaScript file in dist/ (source maps excluded), whether a page loads it or not. */
export async function distJs(distDir = DIST_DIR): Promise<JsGroup> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && /\.m?js$/.test(entry.name));
  return groupOf(
    await Promise.all(
      files.map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return sizeOf(relative(distDir, path), await readFile(path));
      }),
    ),
  );
}
