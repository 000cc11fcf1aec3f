import type {
  AnswerValue,
  Answers,
  FieldElement,
  FormDefinition,
  FormElement,
} from './model/form-definition.ts';
import { getAnswer, groupInstances } from './model/answers.ts';
import { visibleElements, type VisibleElement } from '../validation/index.ts';
import { pageOwnsPath } from './guided-pages.ts';

/** One question with its answer on the printout. */
export interface PrintRow {
  /** Discriminator. */
  kind: 'row';
  /** Answer path. */
  path: string;
  /** The question (German). */
  label: string;
  /** The answer as printed; '' when not answered. */
  value: string;
  /** Required now but not answered: the office has to complete it. */
  missing: boolean;
  /** The citizen marked it "I don't know — ask staff". */
  askStaff: boolean;
}

/** A group on the printout: a sub-topic, a repeatable group, or one numbered instance of it. */
export interface PrintGroup {
  /** Discriminator. */
  kind: 'group';
  /** Answer path of the group or instance. */
  path: string;
  /** Heading (German): the group's label, or "Person 2" for an instance. */
  heading: string;
  /** Its rows and groups. */
  blocks: PrintBlock[];
  /** A required repeatable group without any instance. */
  missing: boolean;
}

/** A row or a group. */
export type PrintBlock = PrintRow | PrintGroup;

/** One topic (top-level group) of the printout; top-level questions share an untitled one. */
export interface PrintSection {
  /** The topic's heading; null for top-level questions outside any group. */
  heading: string | null;
  /** Its rows and groups. */
  blocks: PrintBlock[];
  /** A required repeatable topic without any instance. */
  missing: boolean;
}

/** Formats an answer for print ('' when not answered). */
export type PrintFormatter = (field: FieldElement, value: AnswerValue) => string;

/**
 * Answers with every group padded to its minimum number of instances, so a required household
 * group nobody started still prints its first person's questions, each marked as missing.
 */
function padToMinimum(elements: readonly FormElement[], answers: Answers): Answers {
  let padded = answers;
  for (const element of elements) {
    if (element.kind !== 'group') continue;
    const stored = answers[element.id];
    const instances = Array.isArray(stored) ? (stored as Answers[]) : [];
    const wanted = Math.max(instances.length, element.occurs.min);
    if (wanted === 0) continue;
    const filled = Array.from({ length: wanted }, (_, index) =>
      padToMinimum(element.children, instances[index] ?? {}),
    );
    padded = { ...padded, [element.id]: filled };
  }
  return padded;
}

interface Context {
  answers: Answers;
  visible: Map<string, VisibleElement>;
  askStaff: readonly string[];
  format: PrintFormatter;
}

function blocksOf(elements: readonly FormElement[], parent: string, context: Context) {
  const blocks: PrintBlock[] = [];
  for (const element of elements) {
    const path = parent ? `${parent}.${element.id}` : element.id;
    const shown = context.visible.get(path);
    if (!shown) continue;
    if (element.kind === 'field') {
      if (element.type === 'info') continue;
      const value = context.format(element, getAnswer(context.answers, path));
      blocks.push({
        kind: 'row',
        path,
        label: element.label,
        value,
        missing: shown.required && value === '',
        askStaff: context.askStaff.some((page) => pageOwnsPath(page, path)),
      });
      continue;
    }
    if (element.occurs.max === 1) {
      // A single group always has one instance on screen (an empty one when nothing is stored).
      const blocksInside = blocksOf(element.children, `${path}[0]`, context);
      blocks.push({
        kind: 'group',
        path,
        heading: element.label,
        blocks: blocksInside,
        missing: false,
      });
      continue;
    }
    const instances = groupInstances(context.answers, path).map((_, index): PrintGroup => ({
      kind: 'group',
      path: `${path}[${index}]`,
      heading: `${element.itemLabel ?? element.label} ${index + 1}`,
      blocks: blocksOf(element.children, `${path}[${index}]`, context),
      missing: false,
    }));
    blocks.push({
      kind: 'group',
      path,
      heading: element.label,
      blocks: instances,
      missing: shown.required && instances.length === 0,
    });
  }
  return blocks;
}

/**
 * The printout of a draft: every visible question with its answer, grouped by topic, repeatable
 * groups numbered, and required questions without an answer marked, so the office can see what
 * to complete. Hidden questions (relevantWhen false) are left out, as they are on screen.
 */
export function buildPrintSections(
  form: FormDefinition,
  answers: Answers,
  format: PrintFormatter,
  askStaff: readonly string[] = [],
): PrintSection[] {
  const padded = padToMinimum(form.elements, answers);
  const visible = new Map(visibleElements(form, padded).map((entry) => [entry.path, entry]));
  const context: Context = { answers: padded, visible, askStaff, format };
  const sections: PrintSection[] = [];
  for (const block of blocksOf(form.elements, '', context)) {
    if (block.kind === 'group') {
      sections.push({ heading: block.heading, blocks: block.blocks, missing: block.missing });
      continue;
    }
    const last = sections.at(-1);
    // Consecutive top-level questions share one untitled section.
    if (last && last.heading === null) last.blocks.push(block);
    else sections.push({ heading: null, blocks: [block], missing: false });
  }
  return sections;
}
