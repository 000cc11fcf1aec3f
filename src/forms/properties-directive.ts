import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** Sets several properties of an element at once (Lit has no property spread of its own). */
class PropertiesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('properties() belongs on an element');
  }

  /** Nothing to render: the directive only sets properties. */
  render(_values: Record<string, unknown>) {
    return nothing;
  }

  /** Assigns every property whose value changed. */
  override update(part: ElementPart, [values]: [Record<string, unknown>]) {
    const element = part.element as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(values)) {
      if (element[name] !== value) element[name] = value;
    }
    return noChange;
  }
}

/** `<x-el ${properties({ label, value })}>`: sets those properties on the element. */
export const properties = directive(PropertiesDirective);
