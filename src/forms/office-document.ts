/**
 * The application as the office reads it: every visible question with its German label and the
 * answer in German words (codes as their German labels, yes/no, dates), free text as typed. Built
 * on the device from the German definition, whatever language the citizen filled it in, and sent
 * with the answers. Pure: used in the worker, which has no i18next.
 */
import type {
  AnswerValue,
  Answers,
  CodeList,
  FieldElement,
  FormDefinition,
} from './model/form-definition.ts';
import type { OfficeDocument } from '../shared/office-document.ts';
import { buildPrintSections } from './print-model.ts';
import { answerText, GERMAN_ANSWER_WORDS } from './answer-text.ts';

/** An answer in German words ('' when not answered), as the office and the printout read it. */
export function germanAnswer(
  field: FieldElement,
  value: AnswerValue,
  codeLists: Record<string, CodeList>,
): string {
  return answerText(field, value, codeLists, GERMAN_ANSWER_WORDS);
}

/** The office's German document for answers to a (German) definition. */
export function officeDocument(definition: FormDefinition, answers: Answers): OfficeDocument {
  return {
    language: 'de',
    title: definition.title,
    sections: buildPrintSections(definition, answers, (field, value) =>
      germanAnswer(field, value, definition.codeLists),
    ),
  };
}
