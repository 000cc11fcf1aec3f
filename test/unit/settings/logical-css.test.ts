import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssOfTypeScript, findPhysicalCss } from './physical-css.ts';

const SRC = join(import.meta.dirname, '../../../src');

/** Every client file that can hold CSS (the server has none). */
function styledFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(css|ts)$/.test(file) && !file.startsWith('server'))
    .map((file) => join(SRC, file));
}

describe('logical CSS properties', () => {
  it('finds physical properties and values, and lets logical ones and media features pass', () => {
    const css = `
      .a { margin-left: 1rem; padding-right: 0; border-left: 1px solid; }
      .b { left: 0; right: 0; top: 0; bottom: 0; text-align: left; float: right; }
      .c { width: 10rem; max-height: 2rem; border-top-left-radius: 4px; }
      .d { margin-inline-start: 1rem; inset-inline: 0; text-align: start; inline-size: 1rem; }
      @media (max-width: 30rem) { .e { block-size: 1rem; } }
      /* margin-left: 1rem in a comment */
    `;
    expect(findPhysicalCss(css).map((use) => use.text)).toEqual([
      'margin-left:',
      'padding-right:',
      'border-left:',
      'left:',
      'right:',
      'top:',
      'bottom:',
      'text-align: left',
      'float: right',
      'width:',
      'max-height:',
      'border-top-left-radius:',
    ]);
  });

  it('reads css`…` templates of TypeScript files with their line numbers', () => {
    const source = "const x = 'left: 0';\nexport const s = css`\n  a { right: 0; }\n`;\n";
    expect(findPhysicalCss(cssOfTypeScript(source, false))).toEqual([{ line: 3, text: 'right:' }]);
  });

  it('are the only ones in src/ (.css files and the styles of every element)', () => {
    const problems = styledFiles().flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      const css = file.endsWith('.css')
        ? source
        : cssOfTypeScript(source, file.endsWith('-styles.ts'));
      return findPhysicalCss(css).map(
        (use) => `${relative(SRC, file)}:${use.line}: ${use.text} (use a logical property)`,
      );
    });
    expect(problems).toEqual([]);
  });
});
