/**
 * The form model types validation works on. Every other file in src/validation/ imports them from
 * here, so the one exception to the purity rule (src/forms/model/ is plain data, no DOM, no
 * storage) sits in one place and is type-only: nothing of src/forms/ is bundled with validation.
 */
export type * from '../forms/model/form-definition.ts';
