import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/** Style properties to set on an element: CSS property names (custom properties included) to values. */
export type StyleProperties = Readonly<Record<string, string>>;

/**
 * Sets style properties through the CSSOM (`element.style.setProperty`), on the first render as
 * on every later one. Lit's `styleMap` writes a `style` attribute on the first render, which a
 * page's Content Security Policy without `'unsafe-inline'` in `style-src` blocks; the CSSOM is
 * never blocked. Properties dropped since the last render are removed.
 */
class GeometryDirective extends Directive {
  private previous: StyleProperties = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('geometry() belongs on an element: <div ${geometry({...})}>');
  }

  render(_properties: StyleProperties) {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]) {
    const style = (part.element as HTMLElement).style;
    for (const name in this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const name in properties) {
      const value = properties[name];
      if (this.previous[name] !== value) style.setProperty(name, value);
    }
    this.previous = properties;
    return nothing;
  }
}

/** Places an element with style properties set through the CSSOM, so a strict CSP cannot block them. */
export const geometry = directive(GeometryDirective);

/**
 * A horizontal offset in time order as a CSS length that mirrors right to left: the stylesheet
 * sets `--_flip` to -1 there, and positioned marks start from the inline start (the right).
 * Given the direction, a plain length instead (a var() slows the style that each zoom frame
 * recomputes for every mark). This and the zoom's transform (ZoomController.mirrored) are the two
 * places x is mirrored.
 */
export function inlineOffset(px: number, direction?: 'ltr' | 'rtl'): string {
  return direction ? `${(direction === 'rtl' ? -px : px).toFixed(1)}px` : `calc(${px.toFixed(1)}px * var(--_flip, 1))`;
}

/**
 * Whether the element around `node` reads right to left: the timeline sets `dir` on its base, so
 * controllers and D3 read the direction there rather than keep a copy that goes stale.
 */
export function readsRightToLeft(node: Element | null | undefined): boolean {
  return node?.closest('[dir]')?.getAttribute('dir') === 'rtl';
}

/** In a right-to-left element, ArrowLeft and ArrowRight swap: keys follow what the reader sees, not time. */
export function keyInReadingOrder(key: string, rtl: boolean): string {
  if (!rtl) return key;
  return key === 'ArrowLeft' ? 'ArrowRight' : key === 'ArrowRight' ? 'ArrowLeft' : key;
}
