import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { validateStory } from '../../src/model/validate';
import type { StoryInput } from '../../src/model/types';
import {
  all, button, card, cards, click, draftArticle, edit, field, fill, freshDatabase, isAccepted, mountEditor, q, unmountEditors, until,
} from '../support/editor-harness';

afterEach(() => unmountEditors());

/** Catches the exported file: the blob given to the download link, and the name it is saved as. */
function catchDownload(): { file: () => Promise<{ name: string; text: string }>; restore: () => void } {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | null = null;
  let name = '';
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return create(b);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  return {
    file: async () => ({ name, text: await blob!.text() }),
    restore: () => {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

describe('from the article to an exported story', () => {
  test('draft, accept, edit a title and a date, choose a quote, merge, export: the file passes the validator and loads in the timeline', async () => {
    const el = await mountEditor(freshDatabase());
    const changes: StoryInput[] = [];
    el.addEventListener('editor-change', (e) => changes.push(e.detail.story));
    await draftArticle(el);

    // The drafted text shows the date phrases used and the cited paragraphs, as text.
    expect(all(el, 'mark.phrase').map((m) => m.textContent)).toContain('By 1994');
    expect(all(el, 'p[data-paragraph]').filter((p) => p.textContent!.includes('Cited by:')).map((p) => p.dataset.paragraph)).toEqual(['p1', 'p2', 'p9', 'p11', 'p13', 'p14', 'p15']);

    for (const title of ['Russia becomes the first country to officially recognize the Taliban-led government', 'Taliban advances through southern Afghanistan', 'Earthquakes strike', 'Floods hit']) {
      await click(el, button(el, 'Accept', card(el, title)));
    }
    await click(el, button(el, 'Reject', card(el, 'Soviet-backed Afghan government collapses')));

    // Edit a title and a date; the date says its phrase as it is typed, and a plain error when invalid.
    const ministry = await edit(el, 'Russia becomes the first country to officially recognize the Taliban-led government');
    await fill(el, field(el, 'Event title', ministry), 'Russia recognizes the Taliban government');
    const advance = await edit(el, 'Taliban advances through southern Afghanistan');
    const date = field(el, 'Date (EDTF)', advance);
    await fill(el, date, '1994-02-30');
    expect(advance.textContent).toContain('"1994-02-30" is not a real day: February 1994 has 28 days.');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    await fill(el, date, '1994~');
    expect(advance.textContent).toContain('Reads as: about 1994');

    // Choose a shorter quote by selecting words in the paragraph, then "Use selection as quote".
    const picker = field<HTMLTextAreaElement>(el, 'Paragraph p11: select words, then use them', advance);
    const words = 'the Taliban had advanced through southern Afghanistan';
    picker.focus();
    picker.setSelectionRange(picker.value.indexOf(words), picker.value.indexOf(words) + words.length);
    await click(el, button(el, 'Use selection as quote', advance));
    expect(advance.querySelector('blockquote')!.textContent).toBe(words);

    // Merge the floods into the earthquakes: one event with both citations.
    const quakes = await edit(el, 'Earthquakes strike');
    const merge = field<HTMLInputElement>(el, 'Merge another event into this one', quakes) as unknown as HTMLSelectElement;
    merge.value = [...merge.options].find((o) => o.text.startsWith('Floods hit'))!.value;
    await click(el, button(el, 'Merge', quakes));
    expect(() => card(el, 'Floods hit')).toThrow();
    expect(card(el, 'Earthquakes strike').querySelectorAll('blockquote')).toHaveLength(2);

    // Export: the downloaded file is the `story` property, valid, with the accepted events only.
    const story = el.story;
    expect(story.events.map((e) => e.title)).toEqual(['Russia recognizes the Taliban government', 'Taliban advances through southern Afghanistan', 'Earthquakes strike']);
    expect(story.events[1]).toMatchObject({ date: '1994~', citations: [{ paragraph: 'p11', quote: words }] });
    expect(story.events[2].citations.map((c) => c.paragraph)).toEqual(['p15', 'p15']);
    const download = catchDownload();
    try {
      await click(el, button(el, 'Export russia-recognizes-the-taliban-government.story.json'));
      const file = await download.file();
      expect(file.name).toBe('russia-recognizes-the-taliban-government.story.json');
      expect(JSON.parse(file.text)).toEqual(story);
    } finally {
      download.restore();
    }
    const checked = validateStory(structuredClone(story));
    expect(checked.problems).toEqual([]);
    expect(checked.story!.events).toHaveLength(3);
    expect(changes.at(-1)).toEqual(story);

    // The preview, and a fresh timeline given the file, draw the three events.
    const preview = q(el, 'history-timeline');
    await until(() => (preview as unknown as { events: unknown[] }).events.length === 3, 'the preview shows the accepted events');
    const viewer = document.createElement('history-timeline');
    viewer.story = JSON.parse(JSON.stringify(story));
    document.body.append(viewer);
    await until(() => viewer.events.length === 3, 'the exported story loads in <history-timeline>');
    viewer.remove();
  });

  test('relative dates without a publication date: the form says so beside the field and does not draft', async () => {
    const el = await mountEditor(freshDatabase());
    await fill(el, field<HTMLTextAreaElement>(el, 'Article text'), 'The minister resigned last year.\n\nA new one was named in April this year.');
    await click(el, button(el, 'Draft events'));
    const published = field(el, 'Publication date');
    expect(published.getAttribute('aria-invalid')).toBe('true');
    expect(q(el, '[role="alert"]').textContent).toContain('The text has relative dates (“last year” in p1, “in April this year” in p2): give the publication date');
    expect(el.shadowRoot!.activeElement).toBe(published);
    expect(cards(el)).toHaveLength(0);
    await fill(el, published, '2025-07-03');
    await click(el, button(el, 'Draft events'));
    await until(() => cards(el).length > 0, 'the text was drafted');
    expect(cards(el).map((c) => c.querySelector('h3')!).map((h) => h.textContent)).toEqual(['Minister resigns', 'New one is named']);
  });

  test('hostile pasted text shows literally and runs nothing', async () => {
    const el = await mountEditor(freshDatabase());
    const hostile = 'On 3 July 2025 <script>window.__editorPwned = 1</script> happened.\n\nIn 2024 <img src=x onerror="window.__editorPwned = 2"> too.';
    await draftArticle(el, hostile);
    // An absence takes time to see: a handler, had one been made, would have run by now.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { __editorPwned?: number }).__editorPwned).toBeUndefined();
    expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
    expect(all(el, '[data-paragraph-text]').map((p) => p.textContent)).toEqual([hostile.split('\n\n')[0], hostile.split('\n\n')[1]]);
  });

  test('words selected with the mouse in the drafted text make a new event', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    const words = q(el, '[data-paragraph-text="p12"]');
    const text = words.firstChild ?? words;
    const node = [...words.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('capture Kabul')) ?? text;
    const at = node.textContent!.indexOf('The Taliban went on to capture Kabul');
    document.getSelection()!.setBaseAndExtent(node, at, node, at + 'The Taliban went on to capture Kabul'.length);
    // The one shown: the keyboard's chooser holds another, folded away.
    const create = page.elementLocator(el).getByRole('button', { name: 'New event from this quote' }).element() as HTMLButtonElement;
    await until(() => !create.disabled, 'the selection is offered as a quote');
    await userEvent.click(create);
    await el.updateComplete;
    const added = card(el, 'Taliban goes on to capture Kabul');
    expect(isAccepted(el, added)).toBe(true);
    expect(added.querySelector('blockquote')!.textContent).toBe('The Taliban went on to capture Kabul');
    expect(el.shadowRoot!.activeElement).toBe(field(el, 'Event title', added));
  });
});
