/** Recognises which XDatenfelder version a document is, by namespace and root element. */
import { XdfImportError } from './errors.ts';
import type { XmlElement } from './xml-tree.ts';

/** Namespace of XDatenfelder 2.0. */
export const XDF2_NAMESPACE = 'urn:xoev-de:fim:standard:xdatenfelder_2';
/** Namespace of XDatenfelder 3.0.0. */
export const XDF3_NAMESPACE = 'urn:xoev-de:fim:standard:xdatenfelder_3.0.0';
/** Root element of a master data schema message (Stammdatenschema), the same in 2.0 and 3.0. */
export const SCHEMA_MESSAGE_ROOT = 'xdatenfelder.stammdatenschema.0102';

const XDF_NAMESPACE_PREFIX = 'urn:xoev-de:fim:standard:xdatenfelder';

/** The standard of a schema message; throws XdfImportError for anything else. */
export function detectStandard(root: XmlElement): 'xdf2' | 'xdf3' {
  const found = `<${root.name}>${root.uri ? ` in namespace ${root.uri}` : ' without namespace'}`;
  const known = root.uri === XDF2_NAMESPACE || root.uri === XDF3_NAMESPACE;
  if (!known && root.uri.startsWith(XDF_NAMESPACE_PREFIX)) {
    throw new XdfImportError(
      'unknown-version',
      `Unsupported XDatenfelder version: namespace ${root.uri}. Lotse imports XDatenfelder 2.0 (${XDF2_NAMESPACE}) and 3.0.0 (${XDF3_NAMESPACE}).`,
      root.line,
      root.column,
    );
  }
  if (!known && root.local === SCHEMA_MESSAGE_ROOT) {
    throw new XdfImportError(
      'unknown-namespace',
      `Found ${found}, but an XDatenfelder schema message uses ${XDF2_NAMESPACE} or ${XDF3_NAMESPACE}.`,
      root.line,
      root.column,
    );
  }
  if (!known || root.local !== SCHEMA_MESSAGE_ROOT) {
    const hint = root.local.startsWith('xdatenfelder.')
      ? ' This is another XDatenfelder message; export the Stammdatenschema (the whole form) instead.'
      : '';
    throw new XdfImportError(
      'wrong-root',
      `Expected the root element <${SCHEMA_MESSAGE_ROOT}> of an XDatenfelder schema message, found ${found}.${hint}`,
      root.line,
      root.column,
    );
  }
  return root.uri === XDF2_NAMESPACE ? 'xdf2' : 'xdf3';
}
