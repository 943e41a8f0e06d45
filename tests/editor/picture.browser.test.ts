import { afterEach, describe, expect, test } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import hostile from '../fixtures/hostile/editor-fields.json';
import {
  button, card, catchDownload, click, draftArticle, edit, editInPlace, field, fill, freshDatabase, mountEditor, q, unmountEditors, until,
} from '../support/editor-harness';
import type { HistoryTimelineEditor } from '../../src/editor/history-timeline-editor';

afterEach(() => {
  unmountEditors();
  delete (window as unknown as { __pwned?: string }).__pwned;
});

/** A 1×1 PNG, as a file a person picks. */
const png = () => {
  const bytes = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
  return new File([bytes], 'quake.png', { type: 'image/png' });
};

async function chooseFile(el: HistoryTimelineEditor, input: HTMLInputElement, file: File): Promise<void> {
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => el.story.events.some((e) => e.media), 'the picture is in the story');
}

const quakes = 'Earthquakes strike';
const exportButton = (el: HistoryTimelineEditor, name: string) => button(el, name);

describe("an event's picture", () => {
  test('from a web address, with alt text, caption and credit: exported as its media and shown by the preview', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    await click(el, button(el, 'Accept', card(el, quakes)));
    const fields = await edit(el, quakes);
    await fill(el, field(el, 'Picture address (URL)', fields), 'https://example.org/quake.jpg');
    await fill(el, field(el, 'Alt text (required)', card(el, quakes)), 'Rubble of a house in a valley');
    await fill(el, field(el, 'Caption', card(el, quakes)), 'After the earthquake');
    await fill(el, field(el, 'Credit', card(el, quakes)), 'A. Photographer');
    const event = el.story.events.find((e) => e.title === quakes)!;
    expect(event.media).toEqual({ src: 'https://example.org/quake.jpg', alt: 'Rubble of a house in a valley', caption: 'After the earthquake', credit: 'A. Photographer' });
    expect(card(el, quakes).querySelector<HTMLImageElement>('img.thumb')!.alt).toBe('Rubble of a house in a valley');
    const preview = q(el, '.preview history-timeline') as HTMLElement & { selected: string | null };
    await until(() => (preview as unknown as { events: unknown[] }).events.length === 1, 'the preview has the event');
    preview.setAttribute('selected', event.id);
    await until(() => preview.shadowRoot!.querySelector('[part~="media"] img')?.getAttribute('src') === 'https://example.org/quake.jpg', 'the preview shows the picture');
    expect(preview.shadowRoot!.querySelector('[part~="media"] figcaption')!.textContent).toContain('After the earthquake');
  });

  test('without alt text it is not exported: the problem shows by the field once touched, and Export names the event', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    await click(el, button(el, 'Accept', card(el, quakes)));
    await fill(el, field(el, 'Picture address (URL)', await edit(el, quakes)), 'https://example.org/quake.jpg');
    const alt = field(el, 'Alt text (required)', card(el, quakes));
    expect(card(el, quakes).textContent).not.toContain('no alt text');
    alt.focus();
    alt.blur();
    await el.updateComplete;
    const message = '“Earthquakes strike”: the picture has no alt text: say what it shows, for readers who cannot see it.';
    expect(card(el, quakes).querySelector('fieldset.picture')!.textContent).toContain(message);
    await click(el, exportButton(el, 'Export web page'));
    expect(q(el, '#export-state').textContent!.replace(/\s+/g, ' ')).toContain('1 event needs its picture completed: “Earthquakes strike”.');
    expect(card(el, quakes).querySelector('fieldset.picture')!.textContent).toContain(message);
    expect(q(el, '[role="status"][aria-live="polite"]').textContent).toBe('Nothing exported: 1 thing to fix, named beside Export.');
    await fill(el, alt, 'Rubble');
    expect(el.story.events[0].media).toEqual({ src: 'https://example.org/quake.jpg', alt: 'Rubble' });
  });

  test('from a file, picked or dropped: kept in the draft, shown on the card, written to the folder export', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    await click(el, button(el, 'Accept', card(el, quakes)));
    await chooseFile(el, field(el, 'Or a picture file', await edit(el, quakes)), png());
    // The alt text is asked for next.
    await until(() => el.shadowRoot!.activeElement === field(el, 'Alt text (required)', card(el, quakes)), 'the alt text field has the focus');
    expect(card(el, quakes).querySelector<HTMLImageElement>('img.thumb')!.src).toMatch(/^data:image\/png;base64,/);
    await fill(el, field(el, 'Alt text (required)', card(el, quakes)), 'A seismograph');
    const id = el.story.events[0].id;
    expect(el.story.events[0].media).toEqual({ src: `pictures/${id}.png`, alt: 'A seismograph' });
    // Saved with the draft: a reload keeps it.
    await el.saved();
    const download = catchDownload();
    try {
      await click(el, exportButton(el, 'Export folder (.zip)'));
      const files = unzipSync(new Uint8Array(await (await download.file()).blob.arrayBuffer()));
      expect(Object.keys(files)).toContain(`pictures/${id}.png`);
      expect(JSON.parse(strFromU8(files['russia-recognizes-the-taliban-government.story.json'])).events[0].media.src).toBe(`pictures/${id}.png`);
    } finally {
      download.restore();
    }
    // Dropped on another card.
    await click(el, button(el, 'Accept', card(el, 'Floods hit')));
    const drop = new DataTransfer();
    drop.items.add(png());
    card(el, 'Floods hit').dispatchEvent(new DragEvent('drop', { dataTransfer: drop, bubbles: true, cancelable: true }));
    await until(() => el.story.events.find((e) => e.title === 'Floods hit')?.media !== undefined, 'the dropped picture is the event’s');
  });

  test('from a file, Export web page says beside its button that the page leaves it out, and where it is', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    await click(el, button(el, 'Accept', card(el, quakes)));
    await chooseFile(el, field(el, 'Or a picture file', await edit(el, quakes)), png());
    await fill(el, field(el, 'Alt text (required)', card(el, quakes)), 'A seismograph');
    const download = catchDownload();
    try {
      await click(el, exportButton(el, 'Export web page'));
      const page = await download.file();
      expect(page.text).not.toContain('A seismograph');
      const said = `Exported ${page.name}, without the picture from a file of “${quakes}”: Export folder (.zip) has it; a picture with a web address goes in the page.`;
      expect(exportButton(el, 'Export web page').parentElement!.querySelector('.done')!.textContent).toBe(said);
      expect(q(el, '[role="status"][aria-live="polite"]').textContent).toBe(said);
    } finally {
      download.restore();
    }
  });

  test('a file that is not a picture, or too big, is refused with a sentence', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    const input = field(el, 'Or a picture file', await edit(el, quakes));
    const files = new DataTransfer();
    files.items.add(new File(['<html>'], 'page.html', { type: 'text/html' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => q(el, '[role="status"][aria-live="polite"]').textContent!.includes('page.html'), 'the refusal is said');
    expect(q(el, '[role="status"][aria-live="polite"]').textContent).toBe('page.html is not a picture the timeline can show: choose a JPEG, PNG, WebP, AVIF or SVG file.');
  });
});

describe('hostile text in every new field', () => {
  test('shows literally and runs nothing: article title, event title and date in place, picture address, alt, caption, credit', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    await fill(el, field(el, "The article's own title (optional)"), hostile.articleTitle);
    await click(el, button(el, 'Accept', card(el, quakes)));
    await editInPlace(el, quakes, 'title', hostile.eventTitle);
    const fields = await edit(el, hostile.eventTitle);
    await fill(el, field(el, 'Picture address (URL)', fields), hostile.pictureUrl);
    await fill(el, field(el, 'Alt text (required)', card(el, hostile.eventTitle)), hostile.alt);
    await fill(el, field(el, 'Caption', card(el, hostile.eventTitle)), hostile.caption);
    await fill(el, field(el, 'Credit', card(el, hostile.eventTitle)), hostile.credit);
    const { startEditing } = await import('../support/editor-harness');
    await fill(el, await startEditing(el, hostile.eventTitle, 'date'), hostile.date);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as unknown as { __pwned?: string }).__pwned).toBeUndefined();
    // No element came from the words: the only picture is none (a javascript: address is never shown).
    expect(el.shadowRoot!.querySelector('img, script, svg, iframe')).toBeNull();
    expect(card(el, hostile.eventTitle).textContent).toContain(hostile.date.slice(0, 20));
    expect(el.story.events[0].media).toMatchObject({ src: hostile.pictureUrl, alt: hostile.alt, caption: hostile.caption, credit: hostile.credit });
    expect(el.story.sources[0].title).toBe(hostile.articleTitle);
  });
});
