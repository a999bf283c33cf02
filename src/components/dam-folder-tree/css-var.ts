// An element directive that sets one CSS custom property through the CSSOM. Lit's styleMap writes
// a `style` attribute on first render, which a strict Content-Security-Policy (no 'unsafe-inline'
// in style-src) refuses; `style.setProperty` is always allowed.
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssVarDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssVar() must be used on an element');
  }

  render(_name: string, _value: string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [name, value]: [string, string]): typeof noChange {
    (part.element as HTMLElement).style.setProperty(name, value);
    return noChange;
  }
}

export const cssVar = directive(CssVarDirective);
