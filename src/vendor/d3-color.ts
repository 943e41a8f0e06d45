/**
 * Stands in for d3-color in the bundles (see vite.config.ts). d3-interpolate's generic
 * `interpolate` (which d3-scale and d3-brush import) asks d3-color whether a string is a colour,
 * and d3-color's named-colour table is 4 KB gzipped. This element interpolates only numbers
 * (the axis scale is given `interpolateNumber`) and zoom transforms, never colours: here no
 * string is a colour, so a string would interpolate as a string, and any colour space throws.
 */
export function color(): null {
  return null;
}

function noColourSpace(): never {
  throw new Error('history-timeline: d3-color is not built in (this element never interpolates colours)');
}

export const rgb = noColourSpace;
export const hsl = noColourSpace;
export const lab = noColourSpace;
export const hcl = noColourSpace;
export const cubehelix = noColourSpace;
