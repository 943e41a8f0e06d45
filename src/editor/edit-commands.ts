import type { DraftResult } from '../authoring/draft';
import { splitCitation } from '../authoring/event-edits';
import type { MultiDraftResult } from '../authoring/multi-draft';
import { mergedDate } from '../authoring/merge';
import { draftId } from '../authoring/event-ids';
import { parseEdtf } from '../model/edtf';
import type { Citation, Paragraph, Problem } from '../model/types';
import { candidateFromDraft, freeArticleId, type ArticleField, type Candidate, type CandidateStatus, type EditorDocument, type SourceMeta } from './document';
import { insertionIndex } from './article-order';
import { eventOf } from './export';
import { freeKey } from './event-ids';
import type { NewEventDraft } from './drafting/drafting';
import type { Picture } from './picture';
import { count } from './words';

/** The fields of a picture typed in the editor. */
export type PictureField = 'src' | 'alt' | 'caption' | 'credit';

/**
 * Every edit is a command: plain data applied by one pure function, so the element, the keyboard
 * and the tests make the same edits, and undo (history.ts) keeps the documents they replaced.
 */

export type CandidateField = 'title' | 'summary' | 'date' | 'dateNote';

export type EditCommand =
  | { type: 'set-meta'; field: keyof SourceMeta; value: string }
  /** The article's text; `own`: a step of undo of its own (Join broken lines), not joined to the typing before it. */
  | { type: 'set-text'; text: string; own?: boolean }
  /** Replaces the paragraphs and candidates with a draft of the text (made by `draftStory`). */
  | { type: 'draft'; result: DraftResult; text: string }
  | { type: 'set-status'; id: string; status: CandidateStatus }
  /** Several events get one status at once ("Accept all ready"): one step of undo, which gives each back its own. */
  | { type: 'set-statuses'; ids: readonly string[]; status: CandidateStatus }
  | { type: 'set-field'; id: string; field: CandidateField; value: string }
  | { type: 'set-inferred'; id: string; inferred: boolean }
  /** The citation's quote becomes `quote`, which must be verbatim in its paragraph. */
  | { type: 'set-quote'; id: string; citation: number; quote: string }
  | { type: 'remove-citation'; id: string; citation: number }
  /** A new event citing `quote` of `paragraph`, titled and dated as `drafted` (by `draftNewEvent`): dated, it is accepted; else to review until dated. */
  | { type: 'new-event'; paragraph: string; quote: string; drafted: NewEventDraft; source?: string }
  /** The event's picture becomes `picture` (a file chosen or dropped), or is removed (null). */
  | { type: 'set-picture'; id: string; picture: Picture | null }
  /** One field of the event's picture as typed; typing a URL where there is no picture makes one. */
  | { type: 'set-picture-field'; id: string; field: PictureField; value: string }
  /** `from` joins `into`: its citations are added, the finer of two compatible dates is kept, `from` is removed. */
  | { type: 'merge'; into: string; from: string }
  /** Another article beside the first, with its text and fields as given. */
  | { type: 'add-article'; article: Record<ArticleField, string> }
  /** A field (or the text) of added article `index` (0 is the first added, not the document's own). */
  | { type: 'set-article'; index: number; field: ArticleField; value: string }
  | { type: 'remove-article'; index: number }
  /** Replaces every article's paragraphs and the candidates with a draft across the articles (made by `draftStories`, the document's own first). */
  | { type: 'draft-many'; result: MultiDraftResult; text: string; texts: string[] }
  /** Citation `citation` of event `id` becomes an event of its own, dated by the citation's date (see `splitCitation`). */
  | { type: 'split'; id: string; citation: number };

/** Consecutive commands with the same key are one step of undo: typing a title is one edit. */
export function coalesceKey(command: EditCommand): string | null {
  switch (command.type) {
    case 'set-meta':
      return `meta:${command.field}`;
    case 'set-text':
      return command.own ? null : 'text';
    case 'set-article':
      return `article:${command.index}:${command.field}`;
    case 'set-field':
      return `field:${command.id}:${command.field}`;
    case 'set-picture-field':
      return `picture:${command.id}:${command.field}`;
    default:
      return null;
  }
}

function updateCandidate(doc: EditorDocument, id: string, change: (c: Candidate) => Candidate): EditorDocument {
  const index = doc.candidates.findIndex((c) => c.id === id);
  if (index < 0) return doc;
  const changed = change(doc.candidates[index]);
  if (changed === doc.candidates[index]) return doc;
  const candidates = doc.candidates.slice();
  candidates[index] = changed;
  return { ...doc, candidates };
}

function draftReport(result: DraftResult): string {
  const { summary } = result;
  const parts = [`${count(summary.candidates - summary.merged, 'event', 'events')} proposed from ${count(summary.paragraphs, 'paragraph', 'paragraphs')}`];
  if (summary.merged) parts.push(`${count(summary.merged, 'passage', 'passages')} merged into the event ${summary.merged === 1 ? 'it repeats' : 'they repeat'}`);
  if (summary.furniture) {
    const lines = result.furniture.map((f) => `line ${f.line}: ${f.rule}`).join(', ');
    parts.push(`${count(summary.furniture, 'line', 'lines')} left out as page furniture (${lines})`);
  }
  return `${parts.join('; ')}.${draftWarnings(result.problems)}`;
}

/** Drafting's warnings (a time of day kept as a day, and why), in the form's words: the CLI's flag is the Time zone field here. */
function draftWarnings(problems: readonly Problem[]): string {
  const warnings = problems.filter((p) => p.severity === 'warning').map((p) => p.message.replace('give the story the zone its times are in (--time-zone Area/City)', 'give the story its zone in the Time zone field, then Draft events again'));
  return warnings.length ? ` ${warnings.join(' ')}` : '';
}

/**
 * The form after a draft: an empty time zone takes the one the article names; an empty "article's
 * own title" takes the text's first line when drafting read it as a heading (the headline, pasted
 * with the article) and it is not the story's title, so the page does not credit the article under
 * the story's title. Found in #24's journalist trial, where it did.
 */
function metaAfterDraft(meta: SourceMeta, zone: string | undefined, paragraphs: readonly Paragraph[]): SourceMeta {
  const out = zone && !meta.timeZone.trim() ? { ...meta, timeZone: zone } : meta;
  const headline = paragraphs[0]?.role === 'heading' ? paragraphs[0].text.trim() : '';
  const sameAsStory = headline.toLowerCase() === meta.title.trim().toLowerCase();
  return headline && !sameAsStory && !meta.articleTitle.trim() ? { ...out, articleTitle: headline } : out;
}

function applyDraft(doc: EditorDocument, result: DraftResult, text: string): EditorDocument {
  const [source] = result.story.sources;
  return {
    ...doc,
    meta: metaAfterDraft(doc.meta, result.story.timeZone, source.paragraphs),
    text,
    draftedText: text,
    sourceId: source.id,
    paragraphs: source.paragraphs,
    candidates: result.story.events.map(candidateFromDraft),
    report: draftReport(result),
  };
}

/** A new event citing words chosen in paragraph `paragraphId`, with the title and date drafted for them (drafting/drafting.ts). */
function newEvent(doc: EditorDocument, paragraphId: string, quote: string, drafted: NewEventDraft, source = doc.sourceId): EditorDocument {
  const paragraphs = source === doc.sourceId ? doc.paragraphs : (doc.articles.find((a) => a.sourceId === source)?.paragraphs ?? []);
  const paragraph = paragraphs.find((p) => p.id === paragraphId);
  if (!paragraph || !paragraph.text.includes(quote) || !/\S/.test(quote)) return doc;
  const candidate: Candidate = {
    id: freeKey(doc, draftId(drafted.title, drafted.date, new Set())),
    status: drafted.date ? 'accepted' : 'pending',
    title: drafted.title,
    summary: '',
    date: drafted.date,
    dateBasis: drafted.dateBasis,
    dateNote: drafted.dateNote,
    citations: [{ source, paragraph: paragraphId, quote }],
    phrases: [drafted.phrase],
  };
  if (!drafted.date) candidate.acceptWhenDated = true;
  if (drafted.dateNote) candidate.noteOf = drafted.date;
  if (drafted.dateBasis === 'inferred') candidate.inferredOf = drafted.date;
  const candidates = doc.candidates.slice();
  candidates.splice(insertionIndex(doc, candidates, candidate), 0, candidate);
  return { ...doc, candidates };
}

const sameCitation = (a: Citation, b: Citation) => a.source === b.source && a.paragraph === b.paragraph && a.quote === b.quote;

function merge(doc: EditorDocument, intoId: string, fromId: string): EditorDocument {
  const into = doc.candidates.find((c) => c.id === intoId);
  const from = doc.candidates.find((c) => c.id === fromId);
  if (!into || !from || into === from) return doc;
  const citations = into.citations.slice();
  const phrases = into.phrases.slice();
  from.citations.forEach((citation, i) => {
    if (citations.some((c) => sameCitation(c, citation))) return;
    // What its source says is kept: a quote that came without a date keeps the date of the event it was in (as `mergeEvents` does).
    citations.push(citation.date === undefined && from.date.trim() && from.date !== into.date ? { ...citation, date: from.date.trim() } : citation);
    phrases.push(from.phrases[i] ?? '');
  });
  const finer = mergedDate(into.date, from.date);
  const notes = [into.dateNote, from.dateNote].filter((n) => /\S/.test(n));
  // The joined note is still drafting's only when neither side's note was written by the person.
  const drafted = [into, from].every((c) => !/\S/.test(c.dateNote) || c.noteOf !== undefined);
  const merged: Candidate = {
    ...into,
    status: into.status === 'accepted' || from.status === 'accepted' ? 'accepted' : into.status,
    date: finer ?? into.date,
    dateBasis: into.dateBasis === 'stated' || from.dateBasis === 'stated' ? 'stated' : 'inferred',
    dateNote: notes.length > 1 ? notes.join(' ') : (notes[0] ?? ''),
    summary: into.summary || from.summary,
    citations,
    phrases,
  };
  delete merged.noteOf;
  if (notes.length && drafted) merged.noteOf = merged.date;
  delete merged.inferredOf;
  if (merged.dateBasis === 'inferred' && into.inferredOf !== undefined && from.inferredOf !== undefined) merged.inferredOf = merged.date;
  return { ...doc, candidates: doc.candidates.filter((c) => c !== from).map((c) => (c === into ? merged : c)) };
}

function multiDraftReport(result: MultiDraftResult): string {
  const { summary } = result;
  const parts = [`${count(summary.events, 'event', 'events')} proposed from ${count(summary.articles, 'article', 'articles')}`];
  parts.push(`${count(summary.corroborated, 'event', 'events')} reported by two or more`);
  if (summary.disagreements) parts.push(`${count(summary.disagreements, 'event', 'events')} on whose date the sources differ`);
  return `${parts.join('; ')}.`;
}

function applyMultiDraft(doc: EditorDocument, result: MultiDraftResult, text: string, texts: readonly string[]): EditorDocument {
  const [first, ...added] = result.story.sources;
  if (added.length !== doc.articles.length) return doc;
  return {
    ...doc,
    meta: metaAfterDraft(doc.meta, result.story.timeZone, first.paragraphs),
    text,
    draftedText: text,
    sourceId: first.id,
    paragraphs: first.paragraphs,
    articles: doc.articles.map((a, i) => ({ ...a, text: texts[i] ?? a.text, sourceId: added[i].id, paragraphs: added[i].paragraphs })),
    candidates: result.story.events.map(candidateFromDraft),
    report: multiDraftReport(result),
  };
}

function split(doc: EditorDocument, id: string, index: number): EditorDocument {
  const candidate = doc.candidates.find((c) => c.id === id);
  if (!candidate) return doc;
  const edit = splitCitation({ title: '', sources: [], events: doc.candidates.map((c) => eventOf(c)) }, id, index);
  if (!edit.ok) return doc;
  const citation = candidate.citations[index];
  const { media: _, kept: __, ...rest } = candidate;
  const alone: Candidate = { ...rest, id: freeKey(doc, edit.eventId), date: citation.date ?? candidate.date, citations: [citation], phrases: [candidate.phrases[index] ?? ''] };
  const kept: Candidate = { ...candidate, citations: candidate.citations.filter((_, i) => i !== index), phrases: candidate.phrases.filter((_, i) => i !== index) };
  return { ...doc, candidates: doc.candidates.flatMap((c) => (c === candidate ? [kept, alone] : [c])) };
}

/** The document after `command`; the same document when the command changes nothing. */
export function applyCommand(doc: EditorDocument, command: EditCommand): EditorDocument {
  switch (command.type) {
    case 'set-meta':
      return doc.meta[command.field] === command.value ? doc : { ...doc, meta: { ...doc.meta, [command.field]: command.value } };
    case 'set-text':
      return doc.text === command.text ? doc : { ...doc, text: command.text };
    case 'draft':
      return applyDraft(doc, command.result, command.text);
    case 'set-status':
      return updateCandidate(doc, command.id, (c) => (c.status === command.status ? c : { ...c, status: command.status }));
    case 'set-statuses': {
      const ids = new Set(command.ids);
      const changed = doc.candidates.map((c) => (ids.has(c.id) && c.status !== command.status ? { ...c, status: command.status } : c));
      return changed.every((c, i) => c === doc.candidates[i]) ? doc : { ...doc, candidates: changed };
    }
    case 'set-field':
      return updateCandidate(doc, command.id, (c) => {
        if (c[command.field] === command.value) return c;
        const changed: Candidate = { ...c, [command.field]: command.value };
        // The person writes the note: it is theirs, whatever date comes later.
        if (command.field === 'dateNote') delete changed.noteOf;
        // The drafted note explains the drafted date: with another date it would tell the reader something false.
        if (command.field === 'date' && c.noteOf !== undefined && command.value.trim() !== c.noteOf) {
          changed.dateNote = '';
          delete changed.noteOf;
        }
        // So does drafting's "inferred": left on a date the person typed, it would ask them for a note on a date that was never inferred.
        if (command.field === 'date' && c.inferredOf !== undefined && command.value.trim() !== c.inferredOf) {
          changed.dateBasis = 'stated';
          delete changed.inferredOf;
        }
        // An event made from a quote without a date was waiting for one: dated, it is accepted.
        if (command.field === 'date' && c.acceptWhenDated && parseEdtf(command.value.trim()).ok) {
          delete changed.acceptWhenDated;
          if (changed.status === 'pending') changed.status = 'accepted';
        }
        return changed;
      });
    case 'set-inferred': {
      const basis = command.inferred ? 'inferred' : 'stated';
      return updateCandidate(doc, command.id, (c) => {
        if (c.dateBasis === basis) return c;
        const changed: Candidate = { ...c, dateBasis: basis };
        // The person set the mark: it is theirs, whatever date comes later.
        delete changed.inferredOf;
        return changed;
      });
    }
    case 'set-quote':
      return updateCandidate(doc, command.id, (c) => {
        const citation = c.citations[command.citation];
        const paragraph = citation?.source === doc.sourceId ? doc.paragraphs.find((p) => p.id === citation.paragraph) : undefined;
        if (!citation || !paragraph || !paragraph.text.includes(command.quote) || !/\S/.test(command.quote)) return c;
        const citations = c.citations.slice();
        citations[command.citation] = { ...citation, quote: command.quote };
        const phrases = c.phrases.slice();
        // The phrase stays highlighted only while the new quote still holds it.
        if (phrases[command.citation] && !command.quote.includes(phrases[command.citation])) phrases[command.citation] = '';
        return { ...c, citations, phrases };
      });
    case 'remove-citation':
      return updateCandidate(doc, command.id, (c) =>
        c.citations.length < 2
          ? c
          : { ...c, citations: c.citations.filter((_, i) => i !== command.citation), phrases: c.phrases.filter((_, i) => i !== command.citation) },
      );
    case 'new-event':
      return newEvent(doc, command.paragraph, command.quote, command.drafted, command.source);
    case 'merge':
      return merge(doc, command.into, command.from);
    case 'add-article':
      return { ...doc, articles: [...doc.articles, { ...command.article, sourceId: freeArticleId(doc), paragraphs: [] }] };
    case 'set-article': {
      const article = doc.articles[command.index];
      if (!article || article[command.field] === command.value) return doc;
      const articles = doc.articles.slice();
      articles[command.index] = { ...article, [command.field]: command.value };
      return { ...doc, articles };
    }
    case 'remove-article': {
      const article = doc.articles[command.index];
      if (!article) return doc;
      // Its quotes go with it: an event left with no citation goes too.
      const candidates = doc.candidates
        .map((c) => (c.citations.some((x) => x.source === article.sourceId) ? { ...c, citations: c.citations.filter((x) => x.source !== article.sourceId), phrases: c.phrases.filter((_, i) => c.citations[i].source !== article.sourceId) } : c))
        .filter((c) => c.citations.length > 0);
      return { ...doc, articles: doc.articles.filter((a) => a !== article), candidates };
    }
    case 'draft-many':
      return applyMultiDraft(doc, command.result, command.text, command.texts);
    case 'split':
      return split(doc, command.id, command.citation);
    case 'set-picture':
      return updateCandidate(doc, command.id, (c) => {
        if (command.picture) return { ...c, media: command.picture };
        if (!c.media) return c;
        const { media: _removed, ...rest } = c;
        return rest;
      });
    case 'set-picture-field':
      return updateCandidate(doc, command.id, (c) => {
        const picture = c.media ?? { src: '', alt: '', caption: '', credit: '' };
        if (picture[command.field] === command.value) return c;
        const changed: Picture = { ...picture, [command.field]: command.value };
        // A URL typed replaces a picture from a file.
        if (command.field === 'src') delete changed.file;
        const empty = !changed.file && !changed.kept && [changed.src, changed.alt, changed.caption, changed.credit].every((v) => v === '');
        if (!empty) return { ...c, media: changed };
        const { media: _removed, ...rest } = c;
        return rest;
      });
  }
}
