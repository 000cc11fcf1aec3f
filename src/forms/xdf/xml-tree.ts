/**
 * A small element tree over saxes (a strict, namespace-aware XML parser that runs in Node and
 * the browser), so the readers can walk XDatenfelder documents without DOM or Node APIs.
 */
import { SaxesParser } from 'saxes';
import { XdfImportError } from './errors.ts';

/** One XML element with its direct text; comments and processing instructions are dropped. */
export interface XmlElement {
  /** Qualified name as written, e.g. "xdf:datenfeld". */
  name: string;
  /** Local name, e.g. "datenfeld". */
  local: string;
  /** Namespace URI ('' for unqualified elements such as XÖV `<code>`). */
  uri: string;
  /** Attributes by qualified name as written, namespace declarations included. */
  attributes: Record<string, string>;
  /** Child elements in document order. */
  children: XmlElement[];
  /** Direct text content with entities resolved, untrimmed. */
  text: string;
  /** 1-based line where the start tag ends. */
  line: number;
  /** 1-based column where the start tag ends. */
  column: number;
}

/** Parses a whole document; malformed input throws XdfImportError with line and column. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const appendText = (text: string): void => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  };
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes))
      attributes[name] = attribute.value;
    const element: XmlElement = {
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attributes,
      children: [],
      text: '',
      line: parser.line,
      column: parser.column + 1,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', appendText);
  parser.on('cdata', appendText);
  try {
    parser.write(xml.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^\d+:\d+:\s*/, '') : 'unknown';
    throw new XdfImportError(
      'malformed-xml',
      `The file is not well-formed XML: ${reason}`,
      parser.line,
      parser.column + 1,
    );
  }
  if (!root) throw new XdfImportError('malformed-xml', 'The file contains no XML element.');
  return root;
}

/** Writes a tree back as XML text (used to hand a normalised copy to a strict parser). */
export function serializeXml(element: XmlElement): string {
  const attributes = Object.entries(element.attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(value, true)}"`)
    .join('');
  const inner = escapeXml(element.text, false) + element.children.map(serializeXml).join('');
  return `<${element.name}${attributes}>${inner}</${element.name}>`;
}

function escapeXml(value: string, inAttribute: boolean): string {
  const escaped = value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
  return inAttribute ? escaped.replace(/"/g, '&quot;').replace(/\n/g, '&#10;') : escaped;
}

/** Child elements with the given local name. */
export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local);
}

/** The first child element with the given local name. */
export function firstChild(element: XmlElement | undefined, local: string): XmlElement | undefined {
  return element?.children.find((child) => child.local === local);
}

/** Trimmed text with line breaks normalised; undefined when absent or empty. */
export function textOf(element: XmlElement | undefined): string | undefined {
  const text = element?.text.replace(/\r\n?/g, '\n').trim();
  return text ? text : undefined;
}

/** Text of the named child element (see textOf). */
export function childText(element: XmlElement | undefined, local: string): string | undefined {
  return textOf(firstChild(element, local));
}

/** An XÖV code value: `<x><code>v</code></x>`, or plain text content as some exports write it. */
export function codeOf(element: XmlElement | undefined): string | undefined {
  return childText(element, 'code') ?? textOf(element);
}
