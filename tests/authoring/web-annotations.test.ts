import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { draftStories } from '../../src/authoring/multi-draft';
import { annotationsToStory, storyToAnnotations, ANNOTATION_CONTEXT } from '../../src/authoring/web-annotations';
import type { StoryInput } from '../../src/model/types';

const read = (path: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8')) as StoryInput;
/** A JSON round trip too, as the CLI writes and reads files. */
const roundTrip = (story: StoryInput) => annotationsToStory(JSON.parse(JSON.stringify(storyToAnnotations(story))));

const story: StoryInput = {
  title: 'Two sources',
  sources: [
    { id: 'wire', title: 'Wire', url: 'https://wire.example/a', publisher: 'Wire', published: '2023-03-17', paragraphs: [{ id: 'p1', text: 'It rained. It rained again on Thursday.' }] },
    { id: 'radio', title: 'Radio', paragraphs: [{ id: 'p1', text: 'Rain fell on Friday.' }] },
  ],
  groups: [{ id: 'weather', title: 'Weather' }],
  eras: [
    { id: 'wet', title: 'Wet spell', date: '2023-03', dateBasis: 'stated', citations: [{ source: 'radio', paragraph: 'p1', quote: 'Rain fell' }] },
    { id: 'dry', title: 'Dry spell', date: '2023-04', dateBasis: 'inferred', dateNote: 'guess', citations: [] },
  ],
  featured: 'rain',
  events: [
    { id: 'first', date: '2023-03', title: 'No citation yet', citations: [], dateBasis: 'inferred', dateNote: 'to check' },
    {
      id: 'rain',
      date: '2023-03-16',
      title: 'It rains',
      group: 'weather',
      dateBasis: 'stated',
      dateNote: 'Radio says Friday.',
      citations: [
        { source: 'wire', paragraph: 'p1', quote: 'It rained', prefix: 'It rained. ', suffix: ' again', date: '2023-03-16' },
        { source: 'radio', paragraph: 'p1', quote: 'Rain fell on Friday.', date: '2023-03-17' },
      ],
    },
  ],
};

describe('storyToAnnotations', () => {
  test('each citation is an Annotation whose target is its source URL with a TextQuoteSelector (exact, prefix, suffix) and whose body is its event', () => {
    const collection = storyToAnnotations(story);
    expect(collection['@context'][0]).toBe(ANNOTATION_CONTEXT);
    expect(collection.total).toBe(3);
    expect(collection.first.items[2]).toMatchObject({ id: '#era-wet/1', body: { value: 'Wet spell', 'ht:era': { id: 'wet' } } });
    const [wire, radio] = collection.first.items;
    expect(wire.target).toEqual({ type: 'SpecificResource', source: 'https://wire.example/a', selector: { type: 'TextQuoteSelector', exact: 'It rained', prefix: 'It rained. ', suffix: ' again' }, 'ht:source': 'wire', 'ht:paragraph': 'p1', 'ht:date': '2023-03-16' });
    expect(wire.body).toMatchObject({ type: 'TextualBody', value: 'It rains', 'ht:event': { id: 'rain', date: '2023-03-16' } });
    expect(wire.body['ht:event']).not.toHaveProperty('citations');
    // A source without a URL is named by its id.
    expect(radio.target.source).toBe('#radio');
    expect(radio.target.selector).toEqual({ type: 'TextQuoteSelector', exact: 'Rain fell on Friday.' });
    expect(new Set(collection.first.items.map((a) => a.id)).size).toBe(3);
  });
});

describe('annotationsToStory: a round trip loses nothing', () => {
  test('citation dates, prefix and suffix, groups, eras, featured and an uncited event and era in their places come back equal', () => {
    expect(roundTrip(story)).toEqual({ ok: true, story });
  });

  test("the repository's stories come back equal", () => {
    for (const path of ['data/russia-recognizes-taliban.story.json', 'examples/second-story.json', 'tests/fixtures/hostile-story.json', 'tests/fixtures/darulaman-palace.fa.story.json']) {
      const original = read(path);
      expect(roundTrip(original), path).toEqual({ ok: true, story: original });
    }
  });

  test('a story drafted from three outlets comes back equal, with every citation date', () => {
    const drafted = draftStories([
      { publisher: 'Wire', published: '2023-03-17', text: 'Deal\nHalden Foods agreed on Thursday to buy Brightwater Dairies.' },
      { publisher: 'Weekly', published: '2023-03-18', text: 'Why\nThe deal with Brightwater Dairies was signed on Friday by Halden Foods.' },
      { publisher: 'Local', published: '2023-03-18', text: 'Sold\nStaff learned on Thursday that Brightwater Dairies is being sold to Halden Foods.' },
    ]).story;
    expect(drafted.events.some((e) => e.citations.length === 3)).toBe(true);
    expect(roundTrip(drafted)).toEqual({ ok: true, story: drafted });
  });
});

describe('annotationsToStory: what it refuses, and where', () => {
  test('something that is not a collection of ours', () => {
    expect(annotationsToStory([])).toEqual({ ok: false, problems: ['the file is not an AnnotationCollection'] });
    expect(annotationsToStory({ type: 'AnnotationCollection', first: { items: [] } })).toEqual({ ok: false, problems: ['"ht:story" needs a "title" and "sources": the collection was not written by history-timeline'] });
  });

  test('an annotation without a TextQuoteSelector, or without its paragraph, is named by its index and field', () => {
    const collection = JSON.parse(JSON.stringify(storyToAnnotations(story)));
    collection.first.items[0].target.selector = { type: 'TextPositionSelector', start: 0, end: 3 };
    delete collection.first.items[1].target['ht:paragraph'];
    expect(annotationsToStory(collection)).toEqual({
      ok: false,
      problems: ['first.items[0].target.selector needs to be a TextQuoteSelector with an "exact" string', 'first.items[1].target needs "ht:source" and "ht:paragraph" strings'],
    });
  });
});
