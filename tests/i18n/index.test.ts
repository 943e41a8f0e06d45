import { beforeAll, describe, expect, test } from 'vitest';
import { BUILT_IN_LANGUAGES, Translation, catalogToLoad, isRightToLeft, loadCatalog, messagesFor, type Messages, type Plural } from '../../src/i18n';
import { ar } from '../../src/i18n/ar';
import { de } from '../../src/i18n/de';
import { en } from '../../src/i18n/en';
// English's live-story words join its catalog with the live part, and the later views' words with
// those views; every catalog is checked with them.
import { addLiveEnglish } from '../../src/i18n/live-english';
import '../../src/i18n/later-english';
import { es } from '../../src/i18n/es';
import { fa } from '../../src/i18n/fa';
import { fr } from '../../src/i18n/fr';
import { ps } from '../../src/i18n/ps';
import { ru } from '../../src/i18n/ru';
import { ENGLISH_DATE_WORDS, datePhrase, dayPhrase } from '../../src/model/date-phrase';
import { parseEdtf } from '../../src/model/edtf';
import { durationPhrase } from '../../src/model/duration-phrase';
import { chooseTicks } from '../../src/layout/ticks';

addLiveEnglish();

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
const isPlural = (value: unknown): value is Plural => typeof value === 'object' && value !== null;

function date(edtf: string) {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) throw new Error(edtf);
  return parsed.value;
}

const CATALOGS: Readonly<Record<string, Messages>> = { en, fr, es, de, ru, ar, fa, ps };

describe('message catalogs', () => {
  const keys = Object.keys(en) as (keyof Messages)[];

  test("the live part's English words complete the English catalog", () => {
    expect(en.livePause).toBe('Pause updates');
    expect(keys).toContain('liveNewUpdates');
  });

  test('every built-in language is there: en, fr, es, de, ru, ar, fa, ps', () => {
    expect([...BUILT_IN_LANGUAGES].sort()).toEqual(['ar', 'de', 'en', 'es', 'fa', 'fr', 'ps', 'ru']);
  });

  for (const [language, catalog] of Object.entries(CATALOGS)) {
    test(`${language} has every message, and no other`, () => {
      expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        const value = catalog[key];
        expect(isPlural(value), `${language}.${key}: a plural where English has one`).toBe(isPlural(en[key]));
        if (isPlural(value)) for (const form of Object.values(value)) expect(form.trim(), `${language}.${key}`).not.toBe('');
        else expect(value.trim(), `${language}.${key}`).not.toBe('');
      }
    });

    test(`${language} keeps every placeholder of the English messages, and adds none`, () => {
      for (const key of keys) {
        const english = en[key];
        const value = catalog[key];
        const wanted = placeholders(isPlural(english) ? english.other : english);
        // A plural's `other` says everything; a form for one exact count may spell the number out ("حدث واحد").
        const full = isPlural(value) ? value.other : value;
        expect(placeholders(full), `${language}.${key}: ${full}`).toEqual(wanted);
        if (isPlural(value)) {
          for (const [category, form] of Object.entries(value)) {
            for (const name of placeholders(form)) expect(wanted.has(name), `${language}.${key}.${category} has {${name}}`).toBe(true);
            const required = category === 'one' || category === 'two' || category === 'zero' ? [...wanted].filter((n) => n !== 'count') : [...wanted];
            for (const name of required) expect(placeholders(form).has(name), `${language}.${key}.${category} lacks {${name}}`).toBe(true);
          }
        }
      }
    });

    test(`${language} only uses plural categories its language has`, () => {
      const categories = new Set<string>(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
      for (const key of keys) {
        const value = catalog[key];
        if (isPlural(value)) for (const category of Object.keys(value)) expect(categories.has(category), `${language}.${key}.${category}`).toBe(true);
      }
    });
  }

  test("English date words are the date phrases' defaults", () => {
    for (const key of Object.keys(ENGLISH_DATE_WORDS) as (keyof typeof ENGLISH_DATE_WORDS)[]) expect(en[key]).toBe(ENGLISH_DATE_WORDS[key]);
  });
});

describe('loading a catalog', () => {
  // Runs first: the other groups load every catalog.
  test('a language reads English until its catalog has loaded, then its own', async () => {
    expect(catalogToLoad('ps-AF')).toBe('ps');
    expect(messagesFor('ps-AF')).toBe(en);
    await loadCatalog('ps');
    expect(catalogToLoad('ps-AF')).toBeNull();
    expect(messagesFor('ps-AF')).toEqual(ps);
  });

  test('English and languages with no built-in catalog need nothing loaded', () => {
    for (const locale of ['en', 'en-GB', 'ja', 'not a locale']) expect(catalogToLoad(locale), locale).toBeNull();
  });

  test('a language that is not built in cannot be loaded', async () => {
    await expect(loadCatalog('ja')).rejects.toThrow('"ja" is not a built-in language');
  });
});

describe('choosing a catalog', () => {
  beforeAll(() => Promise.all(BUILT_IN_LANGUAGES.map(loadCatalog)));

  test('a regional tag falls back to its language; Dari and unknown languages too', () => {
    expect(messagesFor('fa-AF')).toEqual(fa);
    expect(messagesFor('prs')).toEqual(fa);
    expect(messagesFor('ps-AF')).toEqual(ps);
    expect(messagesFor('fr-CA')).toEqual(fr);
    expect(messagesFor('ja')).toBe(en);
    expect(messagesFor('not a locale')).toBe(en);
  });

  test('Arabic, Persian, Pashto (and Hebrew, Urdu) read right to left; a Latin script subtag does not', () => {
    for (const rtl of ['ar', 'ar-EG', 'fa', 'fa-AF', 'ps', 'he', 'ur', 'az-Arab']) expect(isRightToLeft(rtl), rtl).toBe(true);
    for (const ltr of ['en', 'fr', 'ru', 'ku-Latn', 'uz', 'bogus!']) expect(isRightToLeft(ltr), ltr).toBe(false);
  });

  test('strings override any message, a plural in part or as one string', () => {
    const t = new Translation('en', { searchPlaceholder: 'Find…', storyProblems: { one: 'One thing is wrong' }, invalidEvents: 'Some events are missing' });
    expect(t.t('searchPlaceholder')).toBe('Find…');
    expect(t.plural('storyProblems', 1)).toBe('One thing is wrong');
    expect(t.plural('storyProblems', 3)).toBe('3 problems in the story');
    expect(t.plural('invalidEvents', 2)).toBe('Some events are missing');
    expect(t.t('retry')).toBe('Retry');
  });

  test('overrides of unknown names or of the wrong kind are ignored', () => {
    const t = new Translation('fr', { nonsense: 'x', retry: 42 } as never);
    expect(t.t('retry')).toBe('Réessayer');
  });
});

describe('natural wording', () => {
  beforeAll(() => Promise.all(BUILT_IN_LANGUAGES.map(loadCatalog)));

  test('counts take the language\'s plural forms and digits', () => {
    expect(new Translation('en').plural('storySummary', 1, { span: '1994' })).toBe('1 event, 1994');
    expect(new Translation('en').plural('storySummary', 16, { span: '1992 – July 2025' })).toBe('16 events, 1992 – July 2025');
    const ru = new Translation('ru');
    expect(ru.plural('clusterTitle', 2)).toBe('2 события: увеличить');
    expect(ru.plural('clusterTitle', 5)).toBe('5 событий: увеличить');
    expect(ru.plural('clusterTitle', 21)).toBe('21 событие: увеличить');
    const ar = new Translation('ar');
    expect(ar.plural('storyTitlePosition', 1)).toBe('العنوان · حدث واحد');
    expect(ar.plural('storyTitlePosition', 2)).toBe('العنوان · حدثان');
    expect(ar.plural('storyTitlePosition', 5)).toMatch(/^العنوان · \S+ أحداث$/);
    const fa = new Translation('fa');
    expect(fa.t('position', { position: fa.number(5), total: fa.number(16) })).toBe('۵ از ۱۶');
    expect(new Translation('fr').plural('storyProblems', 1)).toBe('1 problème dans le récit');
  });

  test('lists go through Intl.ListFormat', () => {
    expect(new Translation('en').list(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(new Translation('fa').list(['الف', 'ب'])).toBe('الف و ب');
  });

  test('date qualifiers and the era read in the language', () => {
    const fa = new Translation('fa');
    expect(fa.date(date('../1994'))).toBe('تا ۱۹۹۴');
    expect(fa.date(date('2025-04/..'))).toMatch(/^از آوریل ۲۰۲۵$/);
    expect(fa.date(date('1996-09~'))).toBe('حدود سپتامبر ۱۹۹۶');
    expect(fa.date(date('1996?'))).toBe('احتمالاً ۱۹۹۶');
    expect(fa.date(date('-0043'))).toBe('۴۴ پیش از میلاد');
    expect(new Translation('fr').date(date('1996-09~'))).toBe('vers septembre 1996');
    expect(new Translation('de').date(date('../1994'))).toBe('Bis 1994');
    expect(new Translation('es').date(date('-0043'))).toBe('44 a. C.');
    expect(new Translation('ru').date(date('2021-08/..'))).toBe('август 2021\u202fг. и позже');
  });

  test('Persian and Dari dates are Gregorian, as the axis is; Dari names the months as in Afghanistan', () => {
    expect(dayPhrase(Date.UTC(2021, 7, 15), 'fa')).toBe('۱۵ اوت ۲۰۲۱');
    expect(datePhrase(date('2021-08-15'), 'fa-AF')).toContain('۲۰۲۱');
    expect(datePhrase(date('2021-08-15'), 'fa-AF')).not.toBe(datePhrase(date('2021-08-15'), 'fa'));
  });

  test('English stays as it was', () => {
    expect(datePhrase(date('2025-04%/..'), 'en', en)).toBe('Possibly from about April 2025');
    expect(new Translation('en').plural('searchMatches', 3, { total: '16' })).toBe('3 of 16 events match');
  });

  test('durations and axis eras come from Intl and the catalog', () => {
    expect(durationPhrase(24 * 365.25 * 86400000, 'fa')).toBe('۲۴ سال');
    expect(chooseTicks({ start: Date.UTC(-1500, 0, 1), end: Date.UTC(-500, 0, 1) }, 320, 'fr').ticks.map((t) => t.label).every((l) => l.endsWith('av. J.-C.'))).toBe(true);
  });
});
