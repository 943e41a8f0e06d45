import { afterEach, describe, expect, onTestFinished, test } from 'vitest';
import {
  button, card, cards, catchDownload, click, draftArticle, field, fill, freshDatabase, mountEditor, q, unmountEditors, until,
} from '../support/editor-harness';
import tenEvents from '../fixtures/draft-corpus/trade-deal.article.txt?raw';
import type { HistoryTimelineEditor } from '../../src/editor/history-timeline-editor';

afterEach(() => unmountEditors());

const status = (el: HistoryTimelineEditor) => q(el, '[role="status"][aria-live="polite"]').textContent!.trim();
/** What is said next to a button: the text of its action's `.done`. */
const besides = (b: HTMLButtonElement) => b.parentElement!.querySelector('.done')?.textContent!.trim() ?? '';

async function accepted(el: HistoryTimelineEditor): Promise<void> {
  await draftArticle(el);
  for (const title of ['Earthquakes strike', 'Floods hit', 'Taliban advances through southern Afghanistan']) await click(el, button(el, 'Accept', card(el, title)));
}

describe('Export says what it did, next to the button and aloud', () => {
  test('"Export web page" writes one page with the viewer and the story in it, and says "Exported"', async () => {
    const el = await mountEditor(freshDatabase());
    await accepted(el);
    const download = catchDownload();
    try {
      const exportPage = button(el, 'Export web page');
      await click(el, exportPage);
      const file = await download.file();
      expect(file.name).toBe('russia-recognizes-the-taliban-government.html');
      expect(besides(exportPage)).toBe('Exported russia-recognizes-the-taliban-government.html.');
      expect(status(el)).toBe('Exported russia-recognizes-the-taliban-government.html.');
      // Booleans, not the page: a failure would print the whole viewer.
      const page = file.text;
      expect(page.includes('<meta name="viewport" content="width=device-width, initial-scale=1">')).toBe(true);
      expect(page.includes('<title>Russia recognizes the Taliban government</title>')).toBe(true);
      const viewer = page.slice(page.indexOf('<script type="module">'), page.indexOf('</script>'));
      expect(viewer.includes('customElements')).toBe(true);
      expect(el.story.events.every((event) => page.includes(`data-event-id="${event.id}"`))).toBe(true);
    } finally {
      download.restore();
    }
  });

  test('"Copy iframe snippet" copies a snippet as tall as the preview, and says "Copied"', async () => {
    const el = await mountEditor(freshDatabase());
    await accepted(el);
    const copied: string[] = [];
    const writeText = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => void copied.push(text);
    onTestFinished(() => void (navigator.clipboard.writeText = writeText));
    const preview = q(el, '.preview history-timeline');
    await until(() => preview.shadowRoot?.querySelector('[part~="event"], [part~="cluster"]') != null, 'the preview drew');
    const copy = button(el, 'Copy iframe snippet');
    await click(el, copy);
    await until(() => copied.length === 1, 'the snippet was copied');
    const height = Number(/height="(\d+)"/.exec(copied[0])![1]);
    expect(copied[0]).toMatch(/^<iframe src="russia-recognizes-the-taliban-government.html" title="Timeline: Russia recognizes the Taliban government" width="100%" height="\d+"/);
    expect(height).toBeGreaterThanOrEqual(Math.round(preview.getBoundingClientRect().height));
    expect(besides(copy)).toBe('Copied.');
    expect(status(el)).toBe('The iframe snippet is copied.');
    expect(q<HTMLTextAreaElement>(el, '#iframe-snippet').value).toBe(copied[0]);
  });
});

describe('a preview to judge by', () => {
  test('a ten-event story shows every label whole, and "Open full preview" opens the page exactly as Export writes it', async () => {
    const el = await mountEditor(freshDatabase(), 1280);
    await fill(el, field<HTMLTextAreaElement>(el, 'Article text'), tenEvents);
    await fill(el, field(el, 'Title'), 'Ministers sign long-delayed trade pact');
    await fill(el, field(el, 'Publication date'), '2024-06-12');
    await click(el, button(el, 'Draft events'));
    await until(() => cards(el).length === 10, 'ten events drafted');
    for (const c of cards(el)) await click(el, button(el, 'Accept', c));
    const preview = q(el, '.preview history-timeline');
    await until(() => preview.shadowRoot!.querySelectorAll('.event .label').length === 10, 'the preview labels all ten events');
    const viewport = preview.shadowRoot!.querySelector('[part~="viewport"]')!.getBoundingClientRect();
    const clipped = [...preview.shadowRoot!.querySelectorAll<HTMLElement>('.event .label')].filter(
      (label) => label.scrollWidth > label.clientWidth + 1 || label.scrollHeight > label.clientHeight + 1 || label.getBoundingClientRect().right > viewport.right + 0.5,
    );
    expect(clipped.map((label) => label.textContent)).toEqual([]);

    const opened: string[] = [];
    const open = window.open;
    window.open = ((url: string) => (opened.push(url), null)) as unknown as typeof window.open;
    onTestFinished(() => void (window.open = open));
    await click(el, button(el, 'Open full preview'));
    expect(opened).toHaveLength(1);
    const shown = await (await fetch(opened[0])).text();
    const download = catchDownload();
    try {
      await click(el, button(el, 'Export web page'));
      expect(shown === (await download.file()).text, 'the full preview is the exported page').toBe(true);
    } finally {
      download.restore();
    }
  });
});
