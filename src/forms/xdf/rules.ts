/** Collects XDatenfelder rules with the elements they are attached to. */
import type { FormRule } from '../model/form-definition.ts';
import type { ImportNotes } from './notes.ts';
import type { XdfRule } from './xdf-schema.ts';

/** Rules in order of first attachment; each becomes a shown hint, never an executed check. */
export class RuleCollector {
  private readonly targets = new Map<string, Set<string>>();

  constructor(
    private readonly rules: Record<string, XdfRule>,
    private readonly notes: ImportNotes,
  ) {}

  /** Records that the rules (keys "id:version") are attached to an element (undefined: form-wide). */
  attach(ruleKeys: string[], targetId: string | undefined): void {
    for (const key of ruleKeys) {
      const targets = this.targets.get(key) ?? new Set<string>();
      if (targetId !== undefined) targets.add(targetId);
      this.targets.set(key, targets);
    }
  }

  /** The form rules, each reported as "kept as hint": free text cannot be executed. */
  formRules(): FormRule[] {
    const rules = new Map<string, FormRule>();
    for (const [key, targets] of this.targets) {
      const rule = this.rules[key];
      if (!rule) continue;
      const existing = rules.get(rule.id);
      if (existing) {
        existing.targets = [...new Set([...existing.targets, ...targets])];
        continue;
      }
      const description = rule.text ?? rule.name ?? rule.id;
      this.report(rule, [...targets], description);
      rules.set(rule.id, { id: rule.id, description, targets: [...targets] });
    }
    return [...rules.values()];
  }

  private report(rule: XdfRule, targets: string[], description: string): void {
    const where = targets.length > 0 ? `attached to ${targets.join(', ')}` : 'form-wide';
    const name = rule.name ? ` "${rule.name}"` : '';
    const script = rule.script ? ' Its script is not executed.' : '';
    this.notes.warning(
      rule.id,
      `Rule ${rule.id}${name} kept as hint (${where}): free text cannot be executed.${script} Text: ${description}`,
    );
  }
}
