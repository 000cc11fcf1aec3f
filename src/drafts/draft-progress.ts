import type { DraftRow } from '../db/database.ts';
import type { FormDefinition } from '../forms/model/form-definition.ts';
import { visibleElements } from '../validation/index.ts';
import { guidedPages, withMinimumInstances } from '../forms/guided-pages.ts';

/** The guided page id of "check your answers" (as the draft screen stores it). */
export const CHECK_PAGE = '#check';

/** How far a draft is, as the drafts list shows it. */
export type DraftProgress =
  | {
      /** On a question page: "Frage 5 von 17". */
      kind: 'question';
      /** 1-based number of the page the draft is on. */
      current: number;
      /** Number of guided pages for the current answers. */
      total: number;
    }
  | {
      /** Every question answered, on "check your answers". */
      kind: 'check';
    }
  | {
      /** Checked and confirmed: ready to send. */
      kind: 'ready';
    };

/**
 * Where a draft stands, computed exactly as the guided draft screen counts its pages (the same
 * visible elements and pages), so the list and the screen never disagree.
 */
export function draftProgress(
  form: FormDefinition,
  draft: Pick<DraftRow, 'answers' | 'page' | 'status'>,
): DraftProgress {
  if (draft.status === 'ready') return { kind: 'ready' };
  if (draft.page === CHECK_PAGE) return { kind: 'check' };
  const visible = visibleElements(form, withMinimumInstances(form.elements, draft.answers));
  const pages = guidedPages(form, visible);
  // A page hidden since (an earlier answer changed) resumes at the first page, as the screen does.
  const position = Math.max(
    0,
    pages.findIndex((page) => page.path === draft.page),
  );
  return { kind: 'question', current: position + 1, total: pages.length };
}
