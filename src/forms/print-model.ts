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

// The printout and the office's copy sent with the application share one shape.
export type {
  OfficeRow as PrintRow,
  OfficeGroup as PrintGroup,
  OfficeBlock as PrintBlock,
  OfficeSection as PrintSection,
} from '../shared/office-document.ts';
import type {
  OfficeBlock as PrintBlock,
  OfficeGroup as PrintGroup,
  OfficeSection as PrintSection,
} from '../shared/office-document.ts';

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
