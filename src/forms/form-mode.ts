/** How a form is shown: one question per page (citizens, phones) or the whole form (staff). */
export type FormMode = 'guided' | 'full';

const KEY = 'lotse.formMode';

/** The mode chosen on this device; guided unless staff switched. */
export function loadFormMode(): FormMode {
  try {
    return localStorage.getItem(KEY) === 'full' ? 'full' : 'guided';
  } catch {
    return 'guided';
  }
}

/** Remembers the mode on this device. */
export function saveFormMode(mode: FormMode): void {
  try {
    localStorage.setItem(KEY, mode);
  } catch {
    // Not remembered; the switch still applies to this page.
  }
}
