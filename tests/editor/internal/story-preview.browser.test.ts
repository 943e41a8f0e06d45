import { describe, expect, test } from 'vitest';
import { DocumentController } from '../../../src/editor/controllers/document-controller';
import { StoryPreview } from '../../../src/editor/internal/story-preview';
import { openStory } from '../../../src/editor/open-story';
import { LoadedStory } from '../../../src/timeline/loaded-story';
import { syntheticStory } from '../../../scripts/synthetic-story';
import { plainHost } from '../../support/controller-host';
import { until } from '../../support/editor-harness';

function setup(events: number) {
  const opened = openStory('d', syntheticStory(events));
  if ('error' in opened) throw new Error(opened.error);
  const host = plainHost();
  const docs = new DocumentController(host, opened.doc, () => undefined);
  return { host, docs, preview: new StoryPreview(host, docs) };
}

describe('the preview of the story', () => {
  test('a small story is followed at every edit, as the story Export writes', () => {
    const { docs, preview } = setup(50);
    preview.update('open');
    expect(preview.story).toBe(docs.story);
    docs.run({ type: 'set-meta', field: 'title', value: 'Retitled' });
    preview.update('edit');
    expect(preview.story).toBe(docs.story);
    expect(preview.behind).toBe(false);
  });

  test('a big story is drawn after the task that opened it, validated already; an edit leaves it behind until it is drawn again', async () => {
    const { host, docs, preview } = setup(2_000);
    preview.update('open');
    expect(preview.story.events).toHaveLength(0);
    await until(() => preview.story.events.length === 2_000, 'the preview is drawn');
    expect(preview.story).toBeInstanceOf(LoadedStory);
    expect((preview.story as LoadedStory).problems).toEqual([]);
    expect(host.requestUpdate).toHaveBeenCalled();
    const drawn = preview.story;
    docs.run({ type: 'set-field', id: docs.doc.candidates[0].id, field: 'title', value: 'Typed' });
    preview.update('edit');
    expect([preview.story, preview.behind]).toEqual([drawn, true]);
    await preview.redraw();
    expect(preview.behind).toBe(false);
    expect((preview.story as LoadedStory).events.some((e) => e.title === 'Typed')).toBe(true);
  });
});
