/**
 * Finds physical CSS (left/right/top/bottom, width/height, text-align: left …) where a logical
 * property belongs, so right-to-left languages (Arabic, Farsi) mirror the layout by themselves.
 * Media features such as `(max-width: 30rem)` stay allowed: browsers have no logical ones.
 */

/** Physical property names in declaration position, and physical keyword values. */
export const PHYSICAL_CSS: readonly RegExp[] = [
  /(?<![\w(-])(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right|top|bottom)(?:-[a-z]+)*\s*:/g,
  /(?<![\w(-])(?:left|right|top|bottom)\s*:/g,
  /(?<![\w(-])(?:min-|max-)?(?:width|height)\s*:/g,
  /(?<![\w-])(?:text-align|float|clear)\s*:\s*(?:left|right)\b/g,
];

/** One physical declaration found: its line (1-based) and text. */
export interface PhysicalUse {
  line: number;
  text: string;
}

/** Physical declarations in a piece of CSS; comments are ignored. */
export function findPhysicalCss(source: string): PhysicalUse[] {
  const css = source.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const matches = PHYSICAL_CSS.flatMap((pattern) => [...css.matchAll(pattern)]);
  return matches
    .sort((a, b) => a.index - b.index)
    .map((match) => ({
      line: css.slice(0, match.index).split('\n').length,
      text: match[0].trim(),
    }));
}

/**
 * The CSS of a TypeScript file: every css`…` template, and in *-styles.ts files every template
 * literal (stylesheets built from plain strings). Each keeps its offset, so lines stay true.
 */
export function cssOfTypeScript(source: string, stylesFile: boolean): string {
  const pattern = stylesFile ? /`([^`]*)`/g : /\bcss`([^`]*)`/g;
  let css = source.replace(/[^\n]/g, ' ');
  for (const match of source.matchAll(pattern)) {
    const start = match.index + match[0].indexOf('`') + 1;
    const body = match[1]!;
    css = css.slice(0, start) + body + css.slice(start + body.length);
  }
  return css;
}
