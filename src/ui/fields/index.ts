/** Registers every field element and re-exports their types (import once where forms render). */
export { LotseTextField, type InputMode } from './lotse-text-field.ts';
export { LotseNumberField } from './lotse-number-field.ts';
export { LotseDateField } from './lotse-date-field.ts';
export { LotseChoiceField } from './lotse-choice-field.ts';
export { LotseSelectField } from './lotse-select-field.ts';
export { LotseYesNoField } from './lotse-yes-no-field.ts';
export { LotseFileField } from './lotse-file-field.ts';
export { LotseInfoText } from './lotse-info-text.ts';
export { LotseErrorSummary, type SummaryError } from './lotse-error-summary.ts';
export { LotseRepeatList } from './lotse-repeat-list.ts';
export type { ChoiceOption } from './choice-options.ts';
export type { HelpDisplay, SecondaryTexts } from './field-element.ts';
export { prepareFile, DEFAULT_MAX_IMAGE_SIDE, type PreparedFile } from './downscale-image.ts';
export type * from './field-events.ts';
