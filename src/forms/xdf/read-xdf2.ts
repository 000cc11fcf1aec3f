/**
 * Reads XDatenfelder 2.0 schema messages with xdatenfelder-xml, whose 2.0 parser is a real,
 * tested implementation. It rejects any feldart/datentyp code outside its enumerations (e.g.
 * feldart "check"), which would make a whole form fail for one field; so codes it does not know
 * are first replaced by neutral ones in a copy, and the originals are put back for the mapper,
 * which reports them and picks the closest safe mapping.
 */
import { SchemaMessage } from 'xdatenfelder-xml/dist/v2/index.js';
import type {
  Anzahl,
  Datenfeld,
  Datenfeldgruppe,
  ElementReference,
  SchemaContainer,
} from 'xdatenfelder-xml/dist/v2/index.js';
import { XdfImportError } from './errors.ts';
import { leikaKeysInText } from './leika.ts';
import { parsePraezisierung2 } from './praezisierung.ts';
import type { XdfChild, XdfField, XdfGroup, XdfSchema } from './xdf-schema.ts';
import { childText, codeOf, firstChild, serializeXml } from './xml-tree.ts';
import type { XmlElement } from './xml-tree.ts';

const LIBRARY_FELDART = new Set(['input', 'select', 'label']);
const LIBRARY_DATENTYP = new Set([
  'text',
  'date',
  'bool',
  'num',
  'num_int',
  'num_currency',
  'file',
  'obj',
]);

/** Original codes of fields whose codes were neutralised, by "id:version". */
type OriginalCodes = Map<string, { feldart?: string; datentyp?: string }>;

/** Reads a 2.0 schema message (root already checked by detectStandard). */
export function readXdf2(root: XmlElement, xml: string): XdfSchema {
  const originals: OriginalCodes = new Map();
  neutraliseCodes(root, originals);
  const input = originals.size > 0 ? serializeXml(root) : xml;
  const container = parseWithLibrary(input, originals.size > 0);
  const schema = container.schema;
  const reader = new Xdf2Adapter(container, originals);
  const rules: XdfSchema['rules'] = {};
  for (const rule of Object.values(container.regeln.entries())) {
    rules[rule.identifier] = {
      id: rule.id,
      version: rule.version,
      name: clean(rule.name),
      text: clean(rule.definition) ?? clean(rule.beschreibung) ?? clean(rule.bezeichnungEingabe),
      script: clean(rule.script),
    };
  }
  return {
    standard: 'xdf2',
    id: schema.id,
    version: schema.version,
    name: clean(schema.name),
    label: clean(schema.bezeichnungEingabe),
    help: clean(schema.hilfetext),
    ruleIds: schema.regeln,
    children: schema.elemente.map((reference) => reader.child(reference)),
    rules,
    leikaKeys: leikaKeysInText([schema.bezug, schema.beschreibung, schema.definition]),
    readerNotes: [],
  };
}

function parseWithLibrary(input: string, normalised: boolean): SchemaContainer {
  try {
    return SchemaMessage.fromString(input).message.schemaContainer;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /\(node <[^>]*>, line (\d+), column (\d+)\)$/.exec(message);
    const reason = message.replace(/\s*\(node <[^>]*>, line \d+, column \d+\)$/, '');
    // Positions in a normalised copy would point at the wrong place in the user's file.
    const line = position && !normalised ? Number(position[1]) : undefined;
    const column = position && !normalised ? Number(position[2]) + 1 : undefined;
    throw new XdfImportError(
      'invalid-schema',
      `Not a valid XDatenfelder 2.0 schema: ${reason}`,
      line,
      column,
    );
  }
}

function neutraliseCodes(element: XmlElement, originals: OriginalCodes): void {
  if (element.local === 'datenfeld') {
    const identification = firstChild(element, 'identifikation');
    // The same key the library builds ("id:version", "id:undefined" without a version).
    const key = `${String(childText(identification, 'id'))}:${String(childText(identification, 'version'))}`;
    const feldart = replaceCode(firstChild(element, 'feldart'), LIBRARY_FELDART, 'input');
    const datentyp = replaceCode(firstChild(element, 'datentyp'), LIBRARY_DATENTYP, 'text');
    if (feldart !== undefined || datentyp !== undefined) originals.set(key, { feldart, datentyp });
  }
  for (const child of element.children) neutraliseCodes(child, originals);
}

/** Replaces a code the library would reject; returns the original code if it did. */
function replaceCode(element: XmlElement | undefined, accepted: Set<string>, neutral: string) {
  const code = codeOf(element);
  if (!element || code === undefined || accepted.has(code)) return undefined;
  element.text = '';
  element.children = [
    {
      name: 'code',
      local: 'code',
      uri: '',
      attributes: {},
      children: [],
      text: neutral,
      line: 0,
      column: 0,
    },
  ];
  return code;
}

class Xdf2Adapter {
  constructor(
    private readonly container: SchemaContainer,
    private readonly originals: OriginalCodes,
  ) {}

  child(reference: ElementReference): XdfChild {
    const element =
      reference.type === 'dataGroup'
        ? this.group(this.container.datenfeldgruppen.get(reference.identifier))
        : this.field(this.container.datenfelder.get(reference.identifier));
    return { anzahl: anzahlText(reference.anzahl), element };
  }

  private group(group: Datenfeldgruppe): XdfGroup {
    return {
      kind: 'group',
      ...this.common(group),
      children: group.elemente.map((reference) => this.child(reference)),
    };
  }

  private field(field: Datenfeld): XdfField {
    const original = this.originals.get(field.identifier);
    const praezisierung = parsePraezisierung2(field.praezisierung);
    const reference = field.codelisteReferenz;
    return {
      kind: 'field',
      ...this.common(field),
      feldart: original?.feldart ?? field.feldart,
      datentyp: original?.datentyp ?? field.datentyp,
      constraints: praezisierung.constraints,
      constraintsText: praezisierung.text,
      content: clean(field.inhalt),
      codeList: reference && {
        id: reference.id,
        canonicalUri: reference.genericode.canonicalIdentification,
        version: reference.genericode.version,
        canonicalVersionUri: reference.genericode.canonicalVersionUri,
      },
      values: [],
      mediaTypes: [],
    };
  }

  private common(element: Datenfeld | Datenfeldgruppe) {
    return {
      id: element.id,
      version: element.version,
      name: clean(element.name),
      label: clean(element.bezeichnungEingabe),
      help: clean(element.hilfetextEingabe),
      ruleIds: element.regeln,
    };
  }
}

function anzahlText(anzahl: Anzahl): string {
  if (anzahl.type === 'value') return anzahl.optional ? '0:1' : '1:1';
  return `${anzahl.minSize}:${anzahl.maxSize ?? '*'}`;
}

function clean(text: string | undefined): string | undefined {
  const value = text?.replace(/\r\n?/g, '\n').trim();
  return value ? value : undefined;
}
