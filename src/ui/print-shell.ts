/**
 * Print rules for the app shell (header, footer, notices), which lives in the document, outside
 * any screen's shadow root. Adopted only while a screen that prints is shown (the application's
 * print view, a service page with its analog path), so other screens print as they are.
 */
const shellPrintCss = `
@media print {
  lotse-app header,
  lotse-app footer,
  lotse-app .offline,
  lotse-app .notice,
  lotse-update-prompt {
    display: none !important;
  }
  html,
  body,
  lotse-app,
  lotse-app main {
    background: #fff !important;
    color: #000 !important;
  }
  lotse-app main {
    max-inline-size: none;
    padding: 0;
  }
}
`;

let shellSheet: CSSStyleSheet | undefined;

/** Hides the app shell when printing, until the returned function is called. */
export function adoptShellPrintStyles(): () => void {
  if (!('adoptedStyleSheets' in document)) return () => undefined;
  if (!shellSheet) {
    shellSheet = new CSSStyleSheet();
    shellSheet.replaceSync(shellPrintCss);
  }
  const sheet = shellSheet;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((other) => other !== sheet);
  };
}
