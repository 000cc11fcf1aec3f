/**
 * Places a rule at the innermost level holding all its targets, so `F_end >= F_start` inside a
 * repeated group is checked once per entry and its error lands on that entry's field.
 */
import type { CompiledLevel } from './compiled-form.ts';

/** Where a rule runs and which ids at that level receive its error. */
export interface PlacedRule {
  /** The level whose instances the rule is evaluated in. */
  level: CompiledLevel;
  /** Ids at that level (a target deeper down maps to the group that contains it). */
  targets: string[];
}

/** The rule's level and targets, or null (reported) when a target does not exist. */
export function placeRule(
  root: CompiledLevel,
  targets: readonly string[],
  report: (message: string) => void,
): PlacedRule | null {
  if (targets.length === 0) {
    report('a rule with a check needs at least one target');
    return null;
  }
  const chains: CompiledLevel[][] = [];
  for (const target of targets) {
    const chain = levelsTo(root, target);
    if (!chain) {
      report(`unknown target "${target}"`);
      return null;
    }
    chains.push(chain);
  }
  let depth = 0;
  while (
    chains.every((chain) => depth + 1 < chain.length && chain[depth + 1] === chains[0]![depth + 1])
  ) {
    depth += 1;
  }
  const level = chains[0]![depth]!;
  const ids = targets.map((target, index) => {
    const chain = chains[index]!;
    return chain.length === depth + 1 ? target : chain[depth + 1]!.group!.id;
  });
  return { level, targets: [...new Set(ids)] };
}

/** Levels from the form down to the one that holds the id's first occurrence (document order). */
function levelsTo(level: CompiledLevel, id: string): CompiledLevel[] | null {
  if (level.byId.has(id)) return [level];
  for (const node of level.nodes) {
    if (!node.children) continue;
    const below = levelsTo(node.children, id);
    if (below) return [level, ...below];
  }
  return null;
}
