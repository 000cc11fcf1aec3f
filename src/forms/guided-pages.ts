import type {
  Answers,
  FieldElement,
  FormDefinition,
  FormElement,
  GroupElement,
} from './model/form-definition.ts';
import type { VisibleElement } from '../validation/index.ts';

/** One page of the guided mode: one question, or one repeatable group with its instances. */
export type GuidedPage =
  | {
      /** One question. */
      kind: 'question';
      /** Answer path of the question; also the page's id. */
      path: string;
      /** The question. */
      element: FieldElement;
      /** Information texts that stand right before the question. */
      infos: FieldElement[];
      /** The topic (top-level group) the question belongs to, for the caption. */
      topic: string;
    }
  | {
      /** A repeatable group ("persons moving in") with add and remove. */
      kind: 'repeat';
      /** Answer path of the group; also the page's id. */
      path: string;
      /** The group. */
      element: GroupElement;
      /** Information texts that stand right before the group. */
      infos: FieldElement[];
      /** The topic, for the caption. */
      topic: string;
    };

const isRepeatable = (element: FormElement): element is GroupElement =>
  element.kind === 'group' && element.occurs.max !== 1;

/**
 * The pages of the guided mode for the visible elements (document order, from validation's
 * visibleElements): every question its own page, a repeatable group one page, information texts
 * shown with the question after them. Pages follow the answers: hidden questions have no page.
 */
export function guidedPages(
  form: FormDefinition,
  visible: readonly VisibleElement[],
): GuidedPage[] {
  const topics = new Map(form.elements.map((element) => [element.id, element.label]));
  const pages: GuidedPage[] = [];
  let infos: FieldElement[] = [];
  let inside: string | null = null;
  for (const { path, element } of visible) {
    if (inside && path.startsWith(inside)) continue;
    inside = null;
    const topic = topics.get(path.split(/[.[]/)[0] ?? '') ?? form.title;
    if (isRepeatable(element)) {
      pages.push({ kind: 'repeat', path, element, infos, topic });
      infos = [];
      inside = `${path}[`;
    } else if (element.kind === 'field' && element.type === 'info') {
      infos.push(element);
    } else if (element.kind === 'field') {
      pages.push({ kind: 'question', path, element, infos, topic });
      infos = [];
    }
  }
  return pages;
}

/** Whether an error path belongs to a page (the question, or anything inside the group). */
export function pageOwnsPath(pagePath: string, errorPath: string): boolean {
  return (
    errorPath === pagePath ||
    errorPath.startsWith(`${pagePath}[`) ||
    errorPath.startsWith(`${pagePath}.`)
  );
}

/**
 * Answers padded with empty instances up to each group's minimum, for display only: a required
 * household group shows its first person's questions before anything was typed.
 */
export function withMinimumInstances(elements: readonly FormElement[], answers: Answers): Answers {
  let padded = answers;
  for (const element of elements) {
    if (element.kind !== 'group') continue;
    const stored = answers[element.id];
    const instances = Array.isArray(stored) ? (stored as Answers[]) : [];
    const wanted = Math.max(instances.length, element.occurs.min, 1);
    const filled = Array.from({ length: wanted }, (_, index) =>
      withMinimumInstances(element.children, instances[index] ?? {}),
    );
    padded = { ...padded, [element.id]: filled };
  }
  return padded;
}
