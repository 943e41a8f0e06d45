/** Measures label widths with one offscreen canvas, caching by text. */
export class TextMeasure {
  private context: CanvasRenderingContext2D | null = null;
  private cache = new Map<string, number>();
  private font = '';

  /** Sets the CSS font shorthand; a change clears the cache. */
  setFont(font: string): void {
    if (font === this.font) return;
    this.font = font;
    this.cache.clear();
    if (this.context) this.context.font = font;
  }

  width(text: string): number {
    let width = this.cache.get(text);
    if (width !== undefined) return width;
    if (!this.context) {
      this.context = document.createElement('canvas').getContext('2d');
      if (this.context) this.context.font = this.font;
    }
    width = this.context ? this.context.measureText(text).width : text.length * 7;
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(text, width);
    return width;
  }
}
