import { describe, expect, test } from 'vitest';
import { validateStory } from '../../src/model/validate';
import { embedSnippet, slugOf, storyFileName, storyJson, storyOf } from '../../src/editor/export';
import { drafted, run } from '../support/drafted-article';

describe('export', () => {
  test('the exported story has only the accepted events, no draft-only fields, and passes the validator', () => {
    let doc = drafted();
    const [first, second, third] = doc.candidates;
    doc = run(doc, { type: 'set-status', id: first.id, status: 'accepted' }, { type: 'set-status', id: second.id, status: 'accepted' }, { type: 'set-status', id: third.id, status: 'rejected' });
    const story = storyOf(doc);
    expect(story.events.map((e) => e.id)).toEqual([first.id, second.id]);
    expect(Object.keys(story.events[0]).sort()).toEqual(['citations', 'date', 'dateBasis', 'dateNote', 'id', 'title']);
    expect(story.sources[0]).toMatchObject({ id: 'article', title: 'Russia recognizes the Taliban', published: '2025-07-03' });
    expect(story.sources[0]).not.toHaveProperty('url');
    const { problems, story: valid } = validateStory(JSON.parse(storyJson(story)));
    expect(problems).toEqual([]);
    expect(valid!.events).toHaveLength(2);
  });

  test('slugs, file names and the embed snippet', () => {
    expect(slugOf('Russia recognizes the Taliban’s government: 1992–2025')).toBe('russia-recognizes-the-talibans-government-1992-2025');
    expect(slugOf('Émeutes à Montréal')).toBe('emeutes-a-montreal');
    expect(slugOf('  ¿?  ')).toBe('story');
    expect(storyFileName('The coup')).toBe('the-coup.story.json');
    expect(embedSnippet('The coup')).toBe('<script type="module" src="history-timeline.js"></script>\n<history-timeline src="the-coup.story.json"></history-timeline>');
  });
});
