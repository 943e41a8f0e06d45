/**
 * Event ids as a journalist meets them: until the story is first exported an event's id follows
 * its title; the export freezes it, so a link to the published page (#event=<id>) keeps working
 * after a retitle or an undo.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { button, card, cards, catchDownload, click, draftArticle, edit, editInPlace, freshDatabase, mountEditor, summary, titleOf, unmountEditors } from '../support/editor-harness';
import { mount, unmountAll, until } from '../support/harness';
import type { HistoryTimelineEditor } from '../../src/editor/history-timeline-editor';

const cleanPath = location.pathname + location.search;

afterEach(() => {
  unmountEditors();
  unmountAll();
  history.replaceState(null, '', cleanPath);
});

/** The title on the card of the event the editor keeps as `key` (the article has two "Earthquakes strike"). */
const titleByKey = (el: HistoryTimelineEditor, key: string) => titleOf(cards(el).find((c) => c.dataset.candidate === key)!);
const idOf = (el: HistoryTimelineEditor, title: string) => el.story.events.find((e) => e.title === title)?.id;
/** What the unfolded card says of its link. */
const linkLine = async (el: HistoryTimelineEditor, title: string) => (await edit(el, title)).querySelector('.link')!.textContent!.replace(/\s+/g, ' ').trim();

async function exportPage(el: HistoryTimelineEditor): Promise<string> {
  const download = catchDownload();
  try {
    await click(el, button(el, 'Export web page'));
    return (await download.file()).text;
  } finally {
    download.restore();
  }
}

describe('an event id follows its title until the story is exported, then stays', () => {
  test('retitle → export → retitle and undo: the published page and its #event= link keep the id of the export', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    const key = card(el, 'Earthquakes strike').dataset.candidate!;
    await click(el, button(el, 'Accept', card(el, 'Earthquakes strike')));
    const drafted = idOf(el, 'Earthquakes strike')!;

    await editInPlace(el, 'Earthquakes strike', 'title', 'Quakes shake the north');
    const retitled = idOf(el, 'Quakes shake the north')!;
    expect(retitled).not.toBe(drafted);
    expect(retitled).toMatch(/^\d{4}-quakes-shake-the-north$/);
    expect(await linkLine(el, 'Quakes shake the north')).toBe(`Link: #event=${retitled} (follows the title until the story is first exported)`);

    const page = await exportPage(el);
    expect(page.includes(`data-event-id="${retitled}"`)).toBe(true);
    expect(page.includes(`data-event-id="${drafted}"`)).toBe(false);

    await editInPlace(el, 'Quakes shake the north', 'title', 'Tremors hit the north');
    expect(idOf(el, 'Tremors hit the north')).toBe(retitled);
    expect(await linkLine(el, 'Tremors hit the north')).toBe(`Link: #event=${retitled} (kept since it was exported, so published links work)`);
    // The link a reader shared from the published page opens the event in the story as exported now.
    const story = structuredClone(el.story);
    history.replaceState(null, '', `${cleanPath}#event=${retitled}`);
    const viewer = await mount({ attributes: { 'sync-url': '' }, story: story as never });
    await until(() => viewer.selected === retitled, 'the link opened the event');
    unmountAll();

    // Undone to before the export (two retitles close together are one step), the event keeps the id the page was published with.
    for (let i = 0; i < 2 && titleByKey(el, key) !== 'Earthquakes strike'; i++) await click(el, button(el, 'Undo'));
    await until(() => titleByKey(el, key) === 'Earthquakes strike', 'the retitles were undone');
    const fold = summary(el, 'Edit this event', cards(el).find((c) => c.dataset.candidate === key));
    if (!(fold.parentElement as HTMLDetailsElement).open) await click(el, fold);
    await until(() => cards(el).find((c) => c.dataset.candidate === key)!.querySelector('.link') !== null, 'its fields unfolded');
    expect(cards(el).find((c) => c.dataset.candidate === key)!.querySelector('.link')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(`Link: #event=${retitled} (kept since it was exported, so published links work)`);
  });

  test('the frozen ids survive a reload: autosave keeps what the export recorded', async () => {
    const database = freshDatabase();
    const el = await mountEditor(database);
    await draftArticle(el);
    await click(el, button(el, 'Accept', card(el, 'Floods hit')));
    await editInPlace(el, 'Floods hit', 'title', 'Rivers burst their banks');
    const id = idOf(el, 'Rivers burst their banks')!;
    await exportPage(el);
    await el.saved();
    unmountEditors();

    const again = await mountEditor(database);
    await until(() => again.story.events.length > 0, 'the draft was restored');
    await editInPlace(again, 'Rivers burst their banks', 'title', 'Floods sweep the valley');
    expect(idOf(again, 'Floods sweep the valley')).toBe(id);
  });
});
