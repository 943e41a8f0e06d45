/**
 * Defines a custom element once. A second copy of the library on the same page (or the same
 * bundle imported twice) finds the tag taken and leaves the first definition in place.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, ctor);
}
