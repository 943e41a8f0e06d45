/**
 * Scores a draft from several articles against a hand-made gold list of happenings, each with its
 * mentions (article, paragraph, date) and whether its sources' dates disagree:
 *
 * - A gold mention is **found** when its article's draft has an event citing its paragraph with
 *   the same EDTF date; **matched** when one cites its paragraph with the same date or, failing
 *   that, one that agrees with it (each drafted event matches at most one mention).
 * - **Merging**, pairwise over the matched mentions: a pair is a true merge when gold puts them in
 *   one happening and the draft in one event; a false merge when only the draft does; a missed
 *   merge when only gold does. Precision, recall and F1 from those counts.
 * - **Disagreements**: a drafted event whose sources disagree (corroboration.ts) is right when
 *   most of its matched mentions belong to one gold happening that disagrees; a gold happening
 *   that disagrees is found when such a drafted event stands for it.
 */
import { corroborate, datesAgree } from '../model/corroboration';
import { parseEdtf } from '../model/edtf';
import { validateStory } from '../model/validate';
import type { MultiDraftResult } from './multi-draft';

export interface GoldMention {
  /** The article's name: its file name without `.article.txt`. */
  article: string;
  paragraph: string;
  /** The date the article gives, as EDTF. */
  date: string;
}

export interface GoldHappening {
  id: string;
  /** True when the articles give dates that cannot all be true. */
  disagree: boolean;
  mentions: GoldMention[];
  note?: string;
}

/** A gold pair of mentions, for the lines after the table. */
export interface PairNote {
  a: GoldMention;
  b: GoldMention;
}

export interface MultiScore {
  mentions: number;
  /** Gold mentions drafted with the same date. */
  found: number;
  /** Gold mentions drafted with the same or an agreeing date (the ones merging is scored on). */
  matched: number;
  truePairs: number;
  falsePairs: number;
  missedPairs: number;
  goldDisagreements: number;
  draftedDisagreements: number;
  /** Drafted disagreements that stand for a gold disagreement. */
  rightDisagreements: number;
  /** Gold disagreements a drafted disagreement stands for. */
  foundDisagreements: number;
  quotes: number;
  /** Quotes the validator finds verbatim in their paragraphs. */
  verbatimQuotes: number;
  missed: GoldMention[];
  wronglyMerged: PairNote[];
  notMerged: PairNote[];
  /** Drafted disagreements that stand for no gold disagreement: their event title. */
  falseDisagreements: string[];
  /** Gold disagreements no drafted disagreement stands for: their id. */
  missedDisagreements: string[];
}

/** Read a gold file ({ events: [{ id, disagree, mentions: [{ article, paragraph, date }] }] }); problems as messages. */
export function readGold(input: unknown): { happenings: GoldHappening[]; problems: string[] } {
  const problems: string[] = [];
  const happenings: GoldHappening[] = [];
  const events = typeof input === 'object' && input !== null ? (input as { events?: unknown }).events : undefined;
  if (!Array.isArray(events)) return { happenings, problems: ['the gold file needs an "events" array'] };
  events.forEach((raw: unknown, i) => {
    const e = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const mentions = Array.isArray(e.mentions) ? e.mentions : [];
    const good = mentions.filter((m): m is GoldMention => typeof m === 'object' && m !== null && ['article', 'paragraph', 'date'].every((k) => typeof (m as Record<string, unknown>)[k] === 'string'));
    if (typeof e.id !== 'string' || good.length === 0 || good.length !== mentions.length) {
      problems.push(`events[${i}] needs an "id" and "mentions", each with "article", "paragraph" and "date" strings`);
      return;
    }
    for (const m of good) if (!parseEdtf(m.date).ok) problems.push(`events[${i}]: "${m.date}" is not an EDTF date`);
    happenings.push({ id: e.id, disagree: e.disagree === true, mentions: good, ...(typeof e.note === 'string' ? { note: e.note } : {}) });
  });
  return { happenings, problems };
}

const agree = (a: string, b: string) => {
  const pa = parseEdtf(a);
  const pb = parseEdtf(b);
  return pa.ok && pb.ok && datesAgree(pa.value, pb.value);
};

/**
 * Score `result` (from `draftStories` over the articles named `names`, in that order) against the
 * gold happenings.
 */
export function scoreMultiDraft(result: MultiDraftResult, names: readonly string[], gold: readonly GoldHappening[]): MultiScore {
  // Each article's drafted events, and the story event each ended in.
  const drafted = names.map((_, i) => (result.articles[i]?.story.events ?? []).map((e, j) => ({ event: e, final: result.placement[i]?.[j] ?? -1 })));

  // Gold mention → its drafted event's final event index; exact dates first, then agreeing ones.
  const all = gold.flatMap((h, g) => h.mentions.map((m) => ({ m, g })));
  const final = new Map<number, number>();
  const used = new Set<string>();
  let found = 0;
  for (const exact of [true, false]) {
    all.forEach(({ m }, k) => {
      if (final.has(k)) return;
      const article = names.indexOf(m.article);
      const candidates = drafted[article] ?? [];
      const hit = candidates.findIndex((d, i) => !used.has(`${article}:${i}`) && d.event.citations.some((c) => c.paragraph === m.paragraph) && (exact ? d.event.date === m.date : agree(d.event.date, m.date)));
      if (hit === -1) return;
      used.add(`${article}:${hit}`);
      final.set(k, candidates[hit].final);
      if (exact) found++;
    });
  }

  let truePairs = 0;
  let falsePairs = 0;
  let missedPairs = 0;
  const wronglyMerged: PairNote[] = [];
  const notMerged: PairNote[] = [];
  const matched = [...final.keys()].sort((a, b) => a - b);
  for (let x = 0; x < matched.length; x++) {
    for (let y = x + 1; y < matched.length; y++) {
      const [i, j] = [matched[x], matched[y]];
      const same = all[i].g === all[j].g;
      const merged = final.get(i) === final.get(j) && final.get(i) !== -1;
      if (same && merged) truePairs++;
      else if (merged) {
        falsePairs++;
        wronglyMerged.push({ a: all[i].m, b: all[j].m });
      } else if (same) {
        missedPairs++;
        notMerged.push({ a: all[i].m, b: all[j].m });
      }
    }
  }

  // Each disagreeing drafted event stands for the gold happening most of its matched mentions belong to.
  const goldOfFinal = new Map<number, number[]>();
  for (const [k, f] of final) if (f !== -1) goldOfFinal.set(f, [...(goldOfFinal.get(f) ?? []), all[k].g]);
  const foundGold = new Set<number>();
  const falseDisagreements: string[] = [];
  let draftedDisagreements = 0;
  let rightDisagreements = 0;
  result.story.events.forEach((event, f) => {
    if (corroborate(event).agree) return;
    draftedDisagreements++;
    const votes = goldOfFinal.get(f) ?? [];
    const counts = new Map<number, number>();
    for (const g of votes) counts.set(g, (counts.get(g) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
    if (top !== undefined && gold[top].disagree) {
      rightDisagreements++;
      foundGold.add(top);
    } else falseDisagreements.push(event.title);
  });
  const goldDisagreements = gold.filter((h) => h.disagree).length;

  const problems = validateStory(result.story).problems;
  const quotes = result.story.events.reduce((n, e) => n + e.citations.length, 0);
  const badQuotes = problems.filter((p) => /\.citations\[\d+\]\.(quote|prefix|suffix)$/.test(p.path)).length;

  return {
    mentions: all.length,
    found,
    matched: final.size,
    truePairs,
    falsePairs,
    missedPairs,
    goldDisagreements,
    draftedDisagreements,
    rightDisagreements,
    foundDisagreements: foundGold.size,
    quotes,
    verbatimQuotes: quotes - badQuotes,
    missed: all.filter((_, k) => !final.has(k)).map(({ m }) => m),
    wronglyMerged,
    notMerged,
    falseDisagreements,
    missedDisagreements: gold.filter((h, g) => h.disagree && !foundGold.has(g)).map((h) => h.id),
  };
}
