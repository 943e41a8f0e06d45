/**
 * The story's group colours: which texts are CSS colours at all, and the contrast of those that can
 * be read (hex, rgb() and hsl(), read into sRGB) by WCAG 2 ratios. Written here (a few lines)
 * rather than pulling in a colour library; other colours (names, lab(), …) are used as given.
 */

export type Rgb = [number, number, number];

/** No colour is longer: a longer text is not read at all. */
const MAX_COLOR_LENGTH = 100;

interface ColorSyntax {
  hex: RegExp;
  colorFunction: RegExp;
}

let syntax: ColorSyntax | null = null;

/** Built on first use, not at import: most stories give no colour. */
function colorSyntax(): ColorSyntax {
  // One channel: a number, a percentage or an angle, or `none`.
  const channel = String.raw`(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?(?:%|deg|g?rad|turn)?|none)`;
  return {
    hex: /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/,
    // Three channels and an optional alpha, all with commas (`rgb(1, 2, 3)`) or all with spaces and
    // a `/` before the alpha (`oklch(70% 0.1 200 / 50%)`). Nothing nests (no `var()`, `calc()` or
    // `url()`), and there is no backslash, so no CSS escape can spell a function.
    colorFunction: new RegExp(
      String.raw`^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(\s*${channel}(?:(?:\s*,\s*${channel}){2}(?:\s*,\s*${channel})?|(?:\s+${channel}){2}(?:\s*\/\s*${channel})?)\s*\)$`,
    ),
  };
}

/** A colour name is one word of letters; the browser knows which words are colours (views/groups.ts asks it). */
const COLOR_NAME = /^[a-z]{3,20}$/;
/** Words that are not a colour of their own: the text's colour, none, or the host page's cascade. */
const NOT_A_COLOR_NAME = new Set(['currentcolor', 'transparent', 'inherit', 'initial', 'unset', 'revert', 'none']);

/**
 * True when `text` is a CSS colour in a syntax that can do nothing but name a colour: hex,
 * `rgb()`/`rgba()`, `hsl()`/`hsla()`, `hwb()`, `lab()`, `lch()`, `oklab()`, `oklch()` with plain
 * numbers, or a colour name (one word). Anything else (`url(…)`, `image-set(…)`, `var(--x)`,
 * escapes, a second declaration) is false, so it never reaches a style where the browser could
 * fetch something. The table of the 148 names is left out of the bundle: a word that is no colour
 * ("bleu") can fetch nothing, and the element draws it with the palette.
 */
export function isCssColor(text: string): boolean {
  if (text.length > MAX_COLOR_LENGTH) return false;
  const value = text.trim().toLowerCase();
  syntax ??= colorSyntax();
  return syntax.hex.test(value) || syntax.colorFunction.test(value) || (COLOR_NAME.test(value) && !NOT_A_COLOR_NAME.has(value));
}

/** The sRGB channels (0–255) of a hex, rgb() or hsl() colour; null for anything else. */
export function parseColor(text: string): Rgb | null {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex.slice(0, 3)].map((c) => c + c).join('') : hex.slice(0, 6);
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
  }
  const numbers = (inner: string) => inner.split(/[\s,/]+/).filter(Boolean).slice(0, 3);
  const rgb = /^rgba?\(([^)]*)\)$/.exec(value)?.[1];
  if (rgb) {
    const parts = numbers(rgb).map((p) => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p)));
    return parts.length === 3 && parts.every(Number.isFinite) ? (parts.map((c) => Math.max(0, Math.min(255, c))) as Rgb) : null;
  }
  const hsl = /^hsla?\(([^)]*)\)$/.exec(value)?.[1];
  if (hsl) {
    const [h, s, l] = numbers(hsl).map((p) => parseFloat(p));
    if (![h, s, l].every(Number.isFinite)) return null;
    const sat = Math.max(0, Math.min(1, s / 100));
    const light = Math.max(0, Math.min(1, l / 100));
    const k = (n: number) => (n + h / 30) % 12;
    const a = sat * Math.min(light, 1 - light);
    const f = (n: number) => light - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
    return [f(0), f(8), f(4)].map((c) => Math.round(c * 255)) as Rgb;
  }
  return null;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The element's default backgrounds, light and dark, that group colours must stand out from. */
export const LIGHT_BACKGROUND: Rgb = [255, 255, 255];
export const DARK_BACKGROUND: Rgb = [21, 25, 30];
/** Non-text contrast (WCAG 1.4.11): a mark's colour against the background. */
export const MARK_CONTRAST = 3;

/** Whether a colour reaches the marks' 3:1 against `background`; null when it cannot be read. */
export function isReadableMarkColor(color: string, background: Rgb = LIGHT_BACKGROUND): boolean | null {
  const rgb = parseColor(color);
  if (!rgb) return null;
  return contrastRatio(rgb, background) >= MARK_CONTRAST;
}
