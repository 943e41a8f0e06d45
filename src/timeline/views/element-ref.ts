import { nothing } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * An element a template draws, for the code that measures or draws into it: undefined before it
 * is drawn and while it is out of the document (its template gone, or the element removed), as
 * with Lit's `ref`, whose AsyncDirective machinery cost the first frame 0.45 KB more.
 */
export class ElementRef<T extends Element = Element> {
  drawn?: T;

  get value(): T | undefined {
    return this.drawn?.isConnected ? this.drawn : undefined;
  }
}

/** A reference to the element a template will draw with `elementRef(reference)` on it. */
export const createRef = <T extends Element>(): ElementRef<T> => new ElementRef<T>();

class ElementRefDirective extends Directive {
  render(_reference: ElementRef) {
    return nothing;
  }

  override update(part: ElementPart, [reference]: [ElementRef]) {
    reference.drawn = part.element;
    return nothing;
  }
}

/** Records the element it is on in `reference`, on every render. */
export const elementRef = directive(ElementRefDirective);
