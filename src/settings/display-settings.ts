/** Colours: the default theme, or black, white and yellow with at least 7:1 text contrast. */
export type Theme = 'default' | 'contrast';

/** Text size: the browser's size, or 125 % with larger targets. */
export type TextSize = 'normal' | 'large';

/** How the app looks on this device. */
export interface DisplaySettings {
  /** Colour theme. */
  theme: Theme;
  /** Text size. */
  text: TextSize;
}

const STORAGE_KEY = 'lotse.display';

/** The media queries that ask for more contrast; the first visit follows them. */
export const CONTRAST_QUERIES = ['(prefers-contrast: more)', '(forced-colors: active)'] as const;

/** What the system asks for: high contrast when it prefers more contrast or forces colours. */
export function systemDisplaySettings(
  matches: (query: string) => boolean = (query) => matchMedia(query).matches,
): DisplaySettings {
  return {
    theme: CONTRAST_QUERIES.some((query) => matches(query)) ? 'contrast' : 'default',
    text: 'normal',
  };
}

/** Reads a stored value back; anything unknown counts as not stored. */
export function parseDisplaySettings(stored: string | null): DisplaySettings | null {
  if (!stored) return null;
  try {
    const value = JSON.parse(stored) as Partial<DisplaySettings>;
    if (value.theme !== 'default' && value.theme !== 'contrast') return null;
    if (value.text !== 'normal' && value.text !== 'large') return null;
    return { theme: value.theme, text: value.text };
  } catch {
    return null;
  }
}

/** The settings chosen on this device, or null when nobody chose yet. */
export function storedDisplaySettings(): DisplaySettings | null {
  try {
    return parseDisplaySettings(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null; // Storage blocked: follow the system.
  }
}

/** The chosen settings, else what the system asks for. */
export function loadDisplaySettings(): DisplaySettings {
  return storedDisplaySettings() ?? systemDisplaySettings();
}

/** Remembers the settings on this device. */
export function saveDisplaySettings(settings: DisplaySettings): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Not remembered across visits, but applied to this page.
  }
}

/** Sets `data-theme` and `data-text` on `<html>`; the CSS tokens in global.css follow them. */
export function applyDisplaySettings(
  settings: DisplaySettings,
  root: HTMLElement = document.documentElement,
): void {
  root.dataset.theme = settings.theme;
  root.dataset.text = settings.text;
}
