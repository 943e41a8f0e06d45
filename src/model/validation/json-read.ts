/**
 * Reading untrusted JSON safely: each read survives Proxies, throwing getters and odd lengths, and
 * only own properties count, so a hostile value reads as missing instead of throwing.
 * Hand-written: schema libraries (ajv, zod) read the value plainly and throw on a hostile getter.
 */

export type Json = Record<string, unknown>;

const hasOwn = Object.prototype.hasOwnProperty;

export function isObject(value: unknown): value is Json {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
  // Stryker disable next-line BlockStatement: equivalent, undefined instead of false, which every caller treats alike.
  catch {
    return false;
  }
}

export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  }
  // Stryker disable next-line BlockStatement: equivalent, undefined instead of false, which every caller treats alike.
  catch {
    return false;
  }
}

/** An own property only (never the prototype chain); a throwing getter reads as missing. */
export function read(object: object, key: string): unknown {
  try {
    return hasOwn.call(object, key) ? (object as Json)[key] : undefined;
  }
  // Stryker disable next-line BlockStatement: equivalent, an empty catch returns undefined too.
  catch {
    return undefined;
  }
}

/** An array's length when it is a safe whole number, else 0 (the array reads as empty). */
export function lengthOf(array: unknown[]): number {
  try {
    const n = array.length;
    // Stryker disable next-line EqualityOperator: equivalent, `n > 0` gives 0 for 0 too.
    return Number.isSafeInteger(n) && n >= 0 ? n : 0;
  } catch {
    return 0;
  }
}

export function at(array: unknown[], index: number): unknown {
  try {
    return array[index];
  }
  // Stryker disable next-line BlockStatement: equivalent, an empty catch returns undefined too.
  catch {
    return undefined;
  }
}

/** Text with something in it besides white space. */
export const NOT_BLANK = /\S/;

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && NOT_BLANK.test(value);
}
