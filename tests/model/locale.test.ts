import { describe, expect, test } from 'vitest';
import { canonicalLocale, resolveLocale } from '../../src/model/locale';

describe('the locale a timeline speaks', () => {
  test('a tag is canonicalised; an underscore or spaces around it are mended', () => {
    expect(canonicalLocale('EN-gb')).toBe('en-GB');
    expect(canonicalLocale('en_US')).toBe('en-US');
    expect(canonicalLocale(' fr ')).toBe('fr');
    expect(canonicalLocale('de_AT_x')).toBeNull();
  });

  test('an empty, missing or malformed tag gives no locale instead of throwing', () => {
    for (const tag of ['', null, undefined, 'not a locale', '12345678901']) expect(canonicalLocale(tag), String(tag)).toBeNull();
  });

  test('the first readable candidate wins, in order', () => {
    expect(resolveLocale(['fr', 'de'])).toBe('fr');
    expect(resolveLocale([null, '', 'not a locale', 'de_AT', 'fr'])).toBe('de-AT');
  });

  test('with no readable candidate the fallback is used: en unless told', () => {
    expect(resolveLocale([])).toBe('en');
    expect(resolveLocale([null, 'x y'])).toBe('en');
    expect(resolveLocale([undefined], 'fr')).toBe('fr');
  });
});
