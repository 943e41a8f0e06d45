import { datePhrase, dayPhrase, monthRangePhrase, yearText } from '../model/date-phrase';
import { canonicalLocale } from '../model/locale';
import type { CalendarDate } from '../model/types';
import { en } from './en';
import type { MessageOverrides, Messages, Plural, PluralKey, TextKey } from './messages';

export type { MessageOverrides, Messages, Plural, PluralKey, TextKey } from './messages';

/**
 * The built-in languages other than English, each a file of its own beside history-timeline.js
 * (about 1.5–2.2 KB gzipped), loaded the first time a timeline speaks it: a page pays for the one
 * language it speaks, not all seven (9 KB together). English is always there.
 */
const CATALOG_FILES: Readonly<Record<string, () => Promise<Messages>>> = {
  fr: () => import('./fr').then((m) => m.fr),
  es: () => import('./es').then((m) => m.es),
  de: () => import('./de').then((m) => m.de),
  ru: () => import('./ru').then((m) => m.ru),
  ar: () => import('./ar').then((m) => m.ar),
  fa: () => import('./fa').then((m) => m.fa),
  ps: () => import('./ps').then((m) => m.ps),
};
const OTHER_LANGUAGES = Object.keys(CATALOG_FILES);
const loading = new Map<string, Promise<Messages>>();

/** Every built-in language, by subtag. */
export const BUILT_IN_LANGUAGES: readonly string[] = ['en', ...OTHER_LANGUAGES];

const catalogs = new Map<string, Messages>([['en', en]]);
/** Languages whose file could not be loaded: they read English, and the file is not asked for again. */
const unavailable = new Set<string>();

/** Other codes for a built-in language: Dari (`prs`) is written as Persian; Pashto's regional codes. */
const ALIASES: Readonly<Record<string, string>> = { prs: 'fa', pbt: 'ps', pbu: 'ps', pst: 'ps' };

/** Languages written right to left (of those a reader may set with `lang`, built in or not). */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'ps', 'prs', 'pbt', 'pbu', 'pst', 'he', 'iw', 'ur', 'ug', 'sd', 'ckb', 'dv', 'yi', 'ku-arab']);

/** The language subtag of a locale ("fa" of "fa-AF"), lower case; null when it cannot be read. */
function languageOf(locale: string): string | null {
  return canonicalLocale(locale)?.split('-')[0].toLowerCase() ?? null;
}

/** The built-in language a locale speaks (`fa-AF` → `fa`, `prs` → `fa`), or null. */
function builtInLanguage(locale: string): string | null {
  const language = languageOf(locale);
  if (!language) return null;
  const built = ALIASES[language] ?? language;
  return BUILT_IN_LANGUAGES.includes(built) ? built : null;
}

/** The catalog for a locale: its own once loaded (see `catalogToLoad`), else English. */
export function messagesFor(locale: string): Messages {
  return catalogs.get(builtInLanguage(locale) ?? 'en') ?? en;
}

/** The built-in language whose catalog a locale needs and that is not loaded (nor failed to load); null when none is. */
export function catalogToLoad(locale: string): string | null {
  const language = builtInLanguage(locale);
  return language && !catalogs.has(language) && !unavailable.has(language) ? language : null;
}

/** Gives built-in languages their catalogs at once, for what renders without loading files (the static HTML renderer). */
export function provideCatalogs(byLanguage: Readonly<Record<string, Messages>>): void {
  for (const [language, messages] of Object.entries(byLanguage)) catalogs.set(language, messages);
}

/** Loads a built-in language's catalog (its file, once); rejects when it cannot be loaded, and the language then reads English. */
export function loadCatalog(language: string): Promise<Messages> {
  const loaded = catalogs.get(language);
  if (loaded) return Promise.resolve(loaded);
  const file = CATALOG_FILES[language];
  if (!file) return Promise.reject(new Error(`"${language}" is not a built-in language`));
  let pending = loading.get(language);
  if (!pending) {
    pending = file().then((messages) => {
      catalogs.set(language, messages);
      return messages;
    });
    pending.catch(() => unavailable.add(language));
    loading.set(language, pending);
  }
  return pending;
}

/** Whether a locale's script runs right to left ("fa", "ar-EG", "ps-AF", "ur"). */
export function isRightToLeft(locale: string): boolean {
  const tag = canonicalLocale(locale)?.toLowerCase();
  if (!tag) return false;
  // A script subtag decides when given ("az-Arab", "pa-Arab"; "ku-Latn" is left to right).
  if (/-(arab|hebr|thaa|syrc|nkoo|adlm|rohg)\b/.test(tag)) return true;
  if (/-(latn|cyrl)\b/.test(tag)) return false;
  return RTL_LANGUAGES.has(tag.split('-')[0]);
}

/** Fills a template's `{name}` placeholders; an unknown one stays as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A catalog with a host's overrides laid over it; a string overriding a plural stands for every count. */
function withOverrides(base: Messages, overrides: MessageOverrides | null | undefined): Messages {
  if (!overrides || typeof overrides !== 'object') return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in base)) continue;
    const current = merged[key];
    if (typeof current === 'object' && current !== null) {
      if (typeof value === 'string') merged[key] = { other: value };
      else if (value && typeof value === 'object') merged[key] = { ...current, ...(value as object) };
    } else if (typeof value === 'string') merged[key] = value;
  }
  return merged as unknown as Messages;
}

/**
 * The messages of one element in one locale, with Intl doing the grammar: plural categories
 * (`Intl.PluralRules`), numbers in the language's digits (`Intl.NumberFormat`) and lists
 * (`Intl.ListFormat`). Built once per locale and overrides, in the element's willUpdate.
 */
export class Translation {
  readonly messages: Messages;
  readonly dir: 'ltr' | 'rtl';
  private plurals?: Intl.PluralRules;
  private numbers?: Intl.NumberFormat;
  private lists?: Intl.ListFormat;
  private twoDigitFormat?: Intl.NumberFormat;
  /** English counts need no Intl: the first formatter of a page costs on the first render. */
  private readonly english: boolean;

  constructor(
    readonly locale: string,
    overrides?: MessageOverrides | null,
    /** The zone times of day are told in (the story's, or the reader's). */
    readonly timeZone = 'UTC',
  ) {
    this.messages = withOverrides(messagesFor(locale), overrides);
    this.dir = isRightToLeft(locale) ? 'rtl' : 'ltr';
    this.english = languageOf(locale) === 'en';
  }

  /** A message with its placeholders filled. */
  t(key: TextKey, values?: Readonly<Record<string, string | number>>): string {
    return fill(this.messages[key], values);
  }

  /** A message as pieces for a template, its placeholders replaced by `values` as given (story text isolated in a <bdi>, say). */
  parts(key: TextKey, values: Readonly<Record<string, unknown>>): unknown[] {
    return this.messages[key].split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? (values[piece] ?? `{${piece}}`) : piece));
  }

  /** A counted message: the wording for `count`'s plural category, with `{count}` (and the rest) filled. */
  plural(key: PluralKey, count: number, values: Readonly<Record<string, string | number>> = {}): string {
    const forms: Plural = this.messages[key];
    const category = this.english ? (count === 1 ? 'one' : 'other') : this.pluralRules().select(count);
    const template = forms[category] ?? forms.other;
    return fill(template, { ...values, count: this.number(count) });
  }

  /** A whole number in the language's digits ("16", "۱۶", "١٦"). */
  number(n: number): string {
    // English keeps plain digits, as it always wrote them ("10000 events").
    if (this.english) return String(n);
    this.numbers ??= new Intl.NumberFormat(this.locale);
    return this.numbers.format(n);
  }

  /** The last two digits of a year, in the language's digits ("03", "۰۳"). */
  twoDigits(n: number): string {
    if (this.english) return String(n).padStart(2, '0');
    this.twoDigitFormat ??= new Intl.NumberFormat(this.locale, { minimumIntegerDigits: 2, useGrouping: false });
    return this.twoDigitFormat.format(n);
  }

  /** Items joined as the language joins a list ("a, b and c"). */
  list(items: readonly string[]): string {
    this.lists ??= new Intl.ListFormat(this.locale, { type: 'conjunction' });
    return this.lists.format(items);
  }

  /** A story date's phrase, with this language's qualifiers ("about August 2021", "حدود اوت ۲۰۲۱"). */
  date(date: CalendarDate): string {
    return datePhrase(date, this.locale, this.messages, this.timeZone);
  }

  /** One day's phrase, from ms (UTC). */
  day(ms: number): string {
    return dayPhrase(ms, this.locale, this.messages);
  }

  /** The months a window covers. */
  monthRange(w: { start: number; end: number }): string {
    return monthRangePhrase(w, this.locale, this.messages);
  }

  /** A year as the axis writes it: "1994", "۱۹۹۴", "44 BCE". */
  year(year: number): string {
    return yearText(year, this.locale, this.messages);
  }

  private pluralRules(): Intl.PluralRules {
    this.plurals ??= new Intl.PluralRules(this.locale);
    return this.plurals;
  }
}

/** The English messages with no overrides, for views rendered without an element's. */
export const ENGLISH = new Translation('en');
