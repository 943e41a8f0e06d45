import { describe, expect, test } from 'vitest';
import { emptyDocument, upgradedDocument, type Candidate, type EditorDocument } from '../../src/editor/document';
import { idsToFreeze, publishedId, publishedIds, withFrozenIds } from '../../src/editor/event-ids';
import { storyOf } from '../../src/editor/export';
import { changeEvery, execute, redo, startHistory, undo, type EditHistory } from '../../src/editor/history';
import { openStory } from '../../src/editor/open-story';
import { draftStory } from '../../src/authoring/draft';
import { pictureFiles, withoutFilePictures } from '../../src/editor/publish';
import { placeProblems } from '../../src/editor/problems';

const paragraphs = [{ id: 'p1', text: 'Markets fell sharply on Monday evening. Traders went home early.' }];

function candidate(id: string, title: string, date = '2007-03-05', status: Candidate['status'] = 'accepted'): Candidate {
  return { id, status, title, summary: '', date, dateBasis: 'stated', dateNote: '', citations: [{ source: 'article', paragraph: 'p1', quote: 'Markets fell sharply' }], phrases: [''] };
}

function doc(...candidates: Candidate[]): EditorDocument {
  return { ...emptyDocument('d'), meta: { ...emptyDocument('d').meta, title: 'Crash' }, paragraphs, draftedText: '', candidates };
}

const retitle = (id: string, value: string) => ({ type: 'set-field', id, field: 'title', value }) as const;
const exported = (h: EditHistory) => {
  const frozen = idsToFreeze(h.present);
  return changeEvery(h, (d) => withFrozenIds(d, frozen));
};

describe('an event id follows its title until the story is first exported', () => {
  test('the id is a slug of the edited title and year, not of the drafted words', () => {
    const drafted = doc(candidate('2007-speculation-collapses-during-the-evening-rush', 'speculation collapses during the evening rush'));
    const after = execute(startHistory(drafted), retitle('2007-speculation-collapses-during-the-evening-rush', 'Markets crash at Monday’s close'), 0).present;
    expect(storyOf(after).events.map((e) => e.id)).toEqual(['2007-markets-crash-at-mondays-close']);
  });

  test('the date is part of the id: a new year gives a new id before export', () => {
    const d = doc(candidate('k', 'Markets crash', '2008-01-02'));
    expect(publishedId(d, 'k')).toBe('2008-markets-crash');
  });

  test('ids are unique in the story; accepted events take the plain slug before those to review and rejected ones', () => {
    const d = doc(candidate('a', 'Markets crash', '2007', 'rejected'), candidate('b', 'Markets crash', '2007', 'pending'), candidate('c', 'Markets crash', '2007'));
    expect([...publishedIds(d)].sort()).toEqual([
      ['a', '2007-markets-crash-3'],
      ['b', '2007-markets-crash-2'],
      ['c', '2007-markets-crash'],
    ]);
  });

  test('accepting an event that shares a slug gives it the plain one, until the export', () => {
    const before = doc(candidate('a', 'Markets crash', '2007', 'pending'), candidate('b', 'Markets crash', '2007', 'pending'));
    expect(publishedId(before, 'b')).toBe('2007-markets-crash-2');
    const after = execute(startHistory(before), { type: 'set-status', id: 'b', status: 'accepted' }, 0).present;
    expect(publishedId(after, 'b')).toBe('2007-markets-crash');
    expect(publishedId(after, 'a')).toBe('2007-markets-crash-2');
  });

  test('a thousand events of one title and year get a thousand ids', () => {
    const d = doc(...Array.from({ length: 1000 }, (_, i) => candidate(`k${i}`, 'Markets crash')));
    const ids = [...publishedIds(d).values()];
    expect(new Set(ids).size).toBe(1000);
    expect(ids.slice(0, 3)).toEqual(['2007-markets-crash', '2007-markets-crash-2', '2007-markets-crash-3']);
  });

  test('a problem that stops Export names the event by the id the story gives it', () => {
    const d = doc(candidate('internal-key-7', 'Banks close', ''));
    const [problem] = placeProblems(d).blocking;
    expect(problem.eventId).toBe(storyOf(d).events[0].id);
    expect(problem.message).not.toContain('internal-key-7');
  });

  test('an id has no internal words: the key the editor keeps never reaches the story', () => {
    const d = doc(candidate('internal-key-7', 'Banks close'));
    expect(JSON.stringify(storyOf(d))).not.toContain('internal-key-7');
  });
});

describe('once exported, ids are frozen so published links keep working', () => {
  test('a retitle after export keeps the exported id; undo to before the export keeps it too', () => {
    let h = startHistory(doc(candidate('k', 'Markets crash')));
    h = execute(h, retitle('k', 'Markets fall'), 0);
    h = exported(h);
    expect(publishedId(h.present, 'k')).toBe('2007-markets-fall');
    h = execute(h, retitle('k', 'Stocks tumble'), 10_000);
    expect(storyOf(h.present).events[0].id).toBe('2007-markets-fall');
    h = undo(undo(h));
    expect(h.present.candidates[0].title).toBe('Markets crash');
    expect(publishedId(h.present, 'k')).toBe('2007-markets-fall');
    expect(publishedId(redo(redo(h)).present, 'k')).toBe('2007-markets-fall');
  });

  test('only exported events are frozen: one to review, or added after the export, still follows its title', () => {
    let h = startHistory(doc(candidate('k', 'Markets crash'), candidate('p', 'Banks close', '2007', 'pending')));
    h = exported(h);
    expect(h.present.published).toEqual({ k: '2007-markets-crash' });
    h = execute(h, retitle('p', 'Banks shut their doors'), 0);
    expect(publishedId(h.present, 'p')).toBe('2007-banks-shut-their-doors');
  });

  test('an event retitled to an exported id takes the next free one', () => {
    let h = exported(startHistory(doc(candidate('k', 'Markets crash'), candidate('p', 'Banks close', '2007', 'pending'))));
    h = execute(h, retitle('k', 'Stocks tumble'), 0);
    h = execute(h, retitle('p', 'Markets crash'), 10_000);
    expect(publishedId(h.present, 'p')).toBe('2007-markets-crash-2');
  });

  test('exporting again freezes nothing new and leaves the history as it was', () => {
    const h = exported(startHistory(doc(candidate('k', 'Markets crash'))));
    expect(idsToFreeze(h.present)).toEqual({});
    expect(exported(h)).toBe(h);
  });

  test('a merge keeps the exported id of the event merged into', () => {
    let h = exported(startHistory(doc(candidate('k', 'Markets crash'), candidate('j', 'Traders go home', '2007', 'pending'))));
    h = execute(h, { type: 'merge', into: 'k', from: 'j' }, 0);
    expect(storyOf(h.present).events.map((e) => e.id)).toEqual(['2007-markets-crash']);
  });

  test('a new event never inherits the frozen id of an event merged away', () => {
    let h = exported(startHistory(doc(candidate('k', 'Markets crash'), candidate('2007-traders-go-home', 'Traders go home'))));
    h = execute(h, { type: 'merge', into: 'k', from: '2007-traders-go-home' }, 0);
    const drafted = { title: 'Traders go home', date: '2007', dateBasis: 'stated', dateNote: '', phrase: '' } as const;
    h = execute(h, { type: 'new-event', paragraph: 'p1', quote: 'Traders went home early', drafted }, 10_000);
    const added = h.present.candidates.find((c) => c.title === 'Traders go home')!;
    expect(added.id).not.toBe('2007-traders-go-home');
    expect(h.present.published[added.id]).toBeUndefined();
  });

  test('a split-off event follows its own title, whatever its parent froze', () => {
    const two = { ...candidate('k', 'Markets crash'), citations: [...candidate('k', '').citations, { source: 'article', paragraph: 'p1', quote: 'Traders went home early' }], phrases: ['', ''] };
    let h = exported(startHistory(doc(two)));
    h = execute(h, { type: 'split', id: 'k', citation: 1 }, 0);
    expect(storyOf(h.present).events.map((e) => e.id)).toEqual(['2007-markets-crash', '2007-markets-crash-2']);
  });

  test('pictures from files go out under the published id, and the one-file page finds them by it', () => {
    const file = { name: 'a.png', type: 'image/png', dataUrl: 'data:image/png;base64,iVBORw0KGgo=' };
    const d = doc({ ...candidate('k', 'Markets crash'), media: { src: '', alt: 'Trading floor', caption: '', credit: '', file } });
    expect(pictureFiles(d).map((p) => p.path)).toEqual(['pictures/2007-markets-crash.png']);
    expect(storyOf(d).events[0].media).toMatchObject({ src: 'pictures/2007-markets-crash.png' });
    expect(withoutFilePictures(storyOf(d), d).events[0].media).toBeUndefined();
  });
});

describe('drafting again after an export', () => {
  test('an event drafted again with the same title and year keeps the id frozen for it', () => {
    const text = 'The city council voted on 4 March 2019 to close the old bridge.\n\nEngineers reopened the bridge on 9 June 2021 after repairs.';
    const draft = () => ({ type: 'draft', result: draftStory(text, { published: '2021-06-10' }), text }) as const;
    let h = execute(startHistory(emptyDocument('d')), draft(), 0);
    const [first] = h.present.candidates;
    h = execute(h, { type: 'set-status', id: first.id, status: 'accepted' }, 10_000);
    h = execute(h, retitle(first.id, 'Council shuts the bridge'), 20_000);
    h = exported(h);
    h = execute(h, draft(), 30_000);
    const again = h.present.candidates.find((c) => c.title === first.title)!;
    expect(publishedId(h.present, again.id)).toBe(publishedId(h.past[h.past.length - 1], first.id));
    expect(publishedId(h.present, again.id)).toMatch(/^2019-council-shuts-the-bridge$/);
  });
});

describe('ids that came from elsewhere are kept', () => {
  test('an opened story keeps its ids; one it had to replace follows its title', () => {
    const opened = openStory('d', {
      title: 'Crash',
      featured: 'crash',
      sources: [{ id: 'article', title: 'Crash', paragraphs }],
      events: [
        { id: 'crash', date: '2007', title: 'Markets crash', citations: [{ source: 'article', paragraph: 'p1', quote: 'Markets fell sharply' }] },
        { id: 'crash', date: '2007', title: 'Traders go home', citations: [{ source: 'article', paragraph: 'p1', quote: 'Traders went home early' }] },
      ],
    });
    if ('error' in opened) throw new Error(opened.error);
    const h = execute(startHistory(opened.doc), retitle('crash', 'Stocks tumble'), 0);
    const story = storyOf({ ...h.present, candidates: h.present.candidates.map((c) => ({ ...c, status: 'accepted' })) });
    expect(story.events.map((e) => e.id)).toEqual(['crash', '2007-traders-go-home']);
    expect(story.featured).toBe('crash');
  });

  test('a draft saved before ids followed titles keeps every id it had', () => {
    const { published: _, ...old } = doc(candidate('2007-speculation-collapses', 'Markets crash'));
    const upgraded = upgradedDocument(old);
    expect(publishedId(upgraded, '2007-speculation-collapses')).toBe('2007-speculation-collapses');
  });
});
