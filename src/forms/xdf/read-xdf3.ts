/**
 * Reads XDatenfelder 3.0.0 schema messages from the element tree. xdatenfelder-xml 0.1.4 cannot
 * do this: its SchemaMessage3.fromString is a stub returning "Some Schema" for any input, and its
 * data-group parser skips inline `werte` and code list references. Elements the standard defines
 * but Lotse does not use are skipped quietly; anything else is listed in the report.
 */
import { XdfImportError } from './errors.ts';
import { isLeikaKey, leikaKeysInText } from './leika.ts';
import type {
  XdfChild,
  XdfCodeListRef,
  XdfField,
  XdfGroup,
  XdfRule,
  XdfSchema,
} from './xdf-schema.ts';
import { childText, childrenNamed, codeOf, firstChild, textOf } from './xml-tree.ts';
import type { XmlElement } from './xml-tree.ts';

// Child elements XDatenfelder 3.0.0 defines; those Lotse does not map are skipped without a note.
const BASE =
  'identifikation name beschreibung definition bezug freigabestatus statusGesetztAm ' +
  'statusGesetztDurch gueltigAb gueltigBis versionshinweis veroeffentlichungsdatum ' +
  'letzteAenderung relation stichwort fachlicherErsteller';
const ELEMENT = `${BASE} bezeichnungEingabe bezeichnungAusgabe schemaelementart hilfetextEingabe hilfetextAusgabe regel`;
const KNOWN = {
  schema: names(
    `${BASE} bezeichnung hilfetext ableitungsmodifikationenStruktur ` +
      'ableitungsmodifikationenRepraesentation dokumentsteckbrief regel struktur',
  ),
  group: names(`${ELEMENT} art struktur`),
  field: names(
    `${ELEMENT} feldart datentyp praezisierung inhalt vorbefuellung werte codelisteReferenz ` +
      'codeKey nameKey helpKey maxSize mediaType',
  ),
};

function names(list: string): Set<string> {
  return new Set(list.split(' '));
}

/** Reads a 3.0 schema message (root already checked by detectStandard). */
export function readXdf3(root: XmlElement): XdfSchema {
  const schema = firstChild(root, 'stammdatenschema');
  if (!schema) {
    throw new XdfImportError(
      'invalid-schema',
      'Missing <stammdatenschema> in the message.',
      root.line,
      root.column,
    );
  }
  const reader = new Xdf3Reader();
  const { id, version } = reader.identify(schema);
  reader.checkKnown(schema, KNOWN.schema, id);
  const result: XdfSchema = {
    standard: 'xdf3',
    id,
    version,
    name: childText(schema, 'name'),
    label: childText(schema, 'bezeichnung'),
    help: childText(schema, 'hilfetext'),
    ruleIds: reader.rulesOf(schema),
    children: reader.structure(schema, id),
    rules: reader.rules,
    leikaKeys: schemaLeikaKeys(schema),
    readerNotes: [],
  };
  result.readerNotes = [...reader.notes, ...reader.unusedNotes()];
  return result;
}

class Xdf3Reader {
  readonly rules: Record<string, XdfRule> = {};
  readonly notes: XdfSchema['readerNotes'] = [];
  private readonly unused = new Map<string, Set<string>>();

  identify(element: XmlElement): { id: string; version: string | undefined } {
    const identification = firstChild(element, 'identifikation');
    const id = childText(identification, 'id');
    if (!id) {
      throw new XdfImportError(
        'invalid-schema',
        `<${element.name}> has no <identifikation><id>.`,
        element.line,
        element.column,
      );
    }
    return { id, version: childText(identification, 'version') };
  }

  checkKnown(element: XmlElement, known: Set<string>, id: string): void {
    for (const child of element.children) {
      if (known.has(child.local)) continue;
      const ids = this.unused.get(child.name) ?? new Set<string>();
      this.unused.set(child.name, ids.add(id));
    }
  }

  unusedNotes(): XdfSchema['readerNotes'] {
    return [...this.unused].map(([name, ids]) => ({
      severity: 'info' as const,
      message: `Element <${name}> is not part of XDatenfelder 3.0.0 as Lotse reads it and was ignored (in ${[...ids].join(', ')}).`,
    }));
  }

  rulesOf(element: XmlElement): string[] {
    return childrenNamed(element, 'regel').map((rule) => {
      const { id, version } = this.identify(rule);
      const key = `${id}:${version ?? ''}`;
      this.rules[key] ??= {
        id,
        version,
        name: childText(rule, 'name'),
        text: childText(rule, 'freitextRegel') ?? childText(rule, 'beschreibung'),
        script: childText(rule, 'skript'),
      };
      return key;
    });
  }

  structure(element: XmlElement, ownerId: string): XdfChild[] {
    const children: XdfChild[] = [];
    for (const struktur of childrenNamed(element, 'struktur')) {
      const content = firstChild(struktur, 'enthaelt')?.children[0];
      const anzahl = childText(struktur, 'anzahl') ?? '';
      if (content?.local === 'datenfeldgruppe')
        children.push({ anzahl, element: this.group(content) });
      else if (content?.local === 'datenfeld')
        children.push({ anzahl, element: this.field(content) });
      else {
        const found = content ? `<${content.name}>` : 'nothing';
        this.notes.push({
          elementId: ownerId,
          severity: 'error',
          message: `A <struktur> in ${ownerId} (line ${struktur.line}) contains ${found} instead of <datenfeld> or <datenfeldgruppe>; it could not be imported.`,
        });
      }
    }
    return children;
  }

  private group(element: XmlElement): XdfGroup {
    const common = this.common(element, KNOWN.group);
    return {
      kind: 'group',
      ...common,
      art: codeOf(firstChild(element, 'art')),
      children: this.structure(element, common.id),
    };
  }

  private field(element: XmlElement): XdfField {
    const common = this.common(element, KNOWN.field);
    const praezisierung = firstChild(element, 'praezisierung');
    const maxSize = childText(element, 'maxSize');
    return {
      kind: 'field',
      ...common,
      feldart: codeOf(firstChild(element, 'feldart')) ?? '',
      datentyp: codeOf(firstChild(element, 'datentyp')) ?? '',
      constraints: { ...praezisierung?.attributes },
      constraintsText: textOf(praezisierung),
      content: childText(element, 'inhalt'),
      codeList: codeListRef(firstChild(element, 'codelisteReferenz')),
      values: childrenNamed(firstChild(element, 'werte') ?? element, 'wert').map((wert) => ({
        code: childText(wert, 'code') ?? '',
        label: childText(wert, 'name') ?? childText(wert, 'code') ?? '',
        help: childText(wert, 'hilfe'),
      })),
      mediaTypes: childrenNamed(element, 'mediaType').flatMap((media) => textOf(media) ?? []),
      maxSizeKb: maxSize !== undefined && /^\d+$/.test(maxSize) ? Number(maxSize) : undefined,
    };
  }

  private common(element: XmlElement, known: Set<string>) {
    const { id, version } = this.identify(element);
    this.checkKnown(element, known, id);
    return {
      id,
      version,
      name: childText(element, 'name'),
      label: childText(element, 'bezeichnungEingabe'),
      help: childText(element, 'hilfetextEingabe'),
      ruleIds: this.rulesOf(element),
    };
  }
}

function codeListRef(element: XmlElement | undefined): XdfCodeListRef | undefined {
  const genericode = firstChild(element, 'genericodeIdentification') ?? element;
  const canonicalUri = childText(genericode, 'canonicalIdentification');
  if (!canonicalUri) return undefined;
  return {
    canonicalUri,
    version: childText(genericode, 'version'),
    canonicalVersionUri: childText(genericode, 'canonicalVersionUri'),
  };
}

function schemaLeikaKeys(schema: XmlElement): string[] {
  const tagged = childrenNamed(schema, 'stichwort')
    .filter((keyword) => /leika/i.test(keyword.attributes['uri'] ?? ''))
    .flatMap((keyword) => textOf(keyword) ?? [])
    .filter(isLeikaKey);
  const mentioned = leikaKeysInText(
    ['bezug', 'stichwort', 'beschreibung', 'definition'].flatMap((local) =>
      childrenNamed(schema, local).map(textOf),
    ),
  );
  return [...new Set([...tagged, ...mentioned])];
}
