import { html } from 'lit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ENGLISH } from '../../src/i18n';
import { FocusController } from '../../src/timeline/controllers/focus-controller';
import { DetailController } from '../../src/timeline/controllers/detail-controller';
import { EventListController } from '../../src/timeline/controllers/event-list-controller';
import { SourceViewController } from '../../src/timeline/controllers/source-view-controller';
import type { RevealController } from '../../src/timeline/controllers/reveal-controller';
import type { LoadedStory } from '../../src/timeline/loaded-story';
import { DETAIL_TITLE_ID } from '../../src/timeline/views/detail';
import { LIST_PAGE, listItemId } from '../../src/timeline/views/list';
import { eventIdOfMark, markId } from '../../src/timeline/views/marks';
import { paragraphElementId } from '../../src/timeline/views/sources';
import { attach, createHost, detachAll, tinyStory } from '../support/controller-host';

afterEach(detachAll);

const small = tinyStory([
  { id: 'a', date: '2001-01-01', title: 'Alpha' },
  { id: 'b', date: '2002-01-01', title: 'Beta' },
]);

/** A host rendering a viewport with marks for `drawn`, then the panels (detail, list, source view), as the element does. */
async function mountPanels(story: LoadedStory = small, options: { drawn?: string[]; selected?: string | null; viewMode?: string } = {}) {
  const drawn = options.drawn ?? story.events.map((e) => e.id);
  const host = createHost((h) => {
    h.selected = options.selected ?? null;
    h.viewMode = options.viewMode ?? 'timeline';
  });
  const viewport = () => host.shadowRoot?.querySelector<HTMLElement>('.viewport');
  const focus = new FocusController(host, {
    viewport,
    markFor: (id) => host.shadowRoot!.querySelector<HTMLElement>(`#${markId(id)}`),
    eventIdOf: eventIdOfMark,
    atRest: () => true,
  });
  const reveal = { start: vi.fn() };
  host.beforeRender = () => focus.beforeRender();
  host.afterUpdate = () => focus.afterRender();
  const select = vi.fn((id: string | null) => void (host.selected = id));
  const sourceView = new SourceViewController(host, { story: () => story, select, focus, viewport });
  const detail = new DetailController(host, { story: () => story, select, focus, reveal: reveal as unknown as RevealController, showInArticle: (c) => sourceView.showInArticle(c) });
  const lists = new EventListController(host, { story: () => story, matches: () => null, hidden: () => new Set(), select, focus });
  host.template = () => {
    const listed = lists.listed();
    return html`<div class="viewport" tabindex="0">
      ${drawn.map((id) => html`<button id=${markId(id)} part="event" data-event-id=${id}>${id}</button>`)}
    </div>
    ${detail.render({ locale: 'en', messages: ENGLISH, chronology: false, storyMode: false, listed })}
    ${lists.render('list', { locale: 'en', messages: ENGLISH, shown: host.viewMode !== 'timeline' })}
    ${sourceView.render({ locale: 'en', messages: ENGLISH })}`;
  };
  await attach(host);
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => host.shadowRoot!.querySelector<T>(selector);
  const focused = () => host.shadowRoot!.activeElement;
  return { host, detail, lists, focus, reveal, select, $, focused };
}

describe('DetailController, EventListController and SourceViewController', () => {
  test('renders the detail of the selected event; its close button closes it', async () => {
    const { host, $, select } = await mountPanels(small, { selected: 'b' });
    expect($('[part="detail"]')?.dataset.eventId).toBe('b');
    $('[part="detail"] button[aria-label="Close details"]')!.click();
    expect(select).toHaveBeenCalledExactlyOnceWith(null);
    await host.updateComplete;
    expect($('[part="detail"]')).toBeNull();
  });

  test('closeDetail clears the selection and returns focus to the mark', async () => {
    const { detail, focus, select, reveal, $, focused } = await mountPanels(small, { selected: 'b' });
    detail.closeDetail();
    expect(select).toHaveBeenCalledExactlyOnceWith(null);
    expect(focused()).toBe($(`#${markId('b')}`));
    expect(focus.active).toBe('b');
    expect(reveal.start).not.toHaveBeenCalled();
  });

  test('closeDetail with the mark not drawn holds focus on the viewport and brings the event back into view', async () => {
    const { detail, focus, reveal, $, focused } = await mountPanels(small, { selected: 'b', drawn: ['a'] });
    detail.closeDetail();
    expect(focused()).toBe($('.viewport'));
    expect(focus.heldFor).toBe('b');
    expect(reveal.start).toHaveBeenCalledExactlyOnceWith(small.eventById('b'));
  });

  test('closeDetail in list view returns focus to the list item', async () => {
    const { detail, focus, $, focused } = await mountPanels(small, { selected: 'a', viewMode: 'list' });
    detail.closeDetail();
    expect(focused()).toBe($(`#${listItemId('a')}`));
    expect(focus.active).toBe('a');
  });

  test('closeDetail with nothing selected only clears', async () => {
    const { detail, select, focused } = await mountPanels();
    detail.closeDetail();
    expect(select).toHaveBeenCalledExactlyOnceWith(null);
    expect(focused()).toBeNull();
  });

  test('"Show in the article" opens the source view and focuses the cited paragraph, its words highlighted', async () => {
    const { host, $, focused } = await mountPanels(small, { selected: 'b' });
    const citation = small.eventById('b')!.citations[0];
    const button = [...host.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="detail"] button')].find((b) => b.textContent === 'Show in the article')!;
    button.click();
    expect(host.showSource).toBe(true);
    await host.updateComplete;
    const paragraph = host.shadowRoot!.getElementById(paragraphElementId(citation.source, citation.paragraph));
    expect(paragraph).not.toBeNull();
    expect(focused()).toBe(paragraph);
    expect(paragraph!.querySelector('mark, [part="quote"]')?.textContent).toBe(citation.quote);
    // A marker beside the paragraph selects its event and takes focus to the detail's title.
    $<HTMLButtonElement>(`[part="citation-marker"][data-event-id="b"]`)!.click();
    await host.updateComplete;
    expect(focused()?.id).toBe(DETAIL_TITLE_ID);
  });

  test('"Show more" pages the list and focuses the first new item; a new story starts at the first page again', async () => {
    const many = tinyStory(Array.from({ length: LIST_PAGE + 3 }, (_, i) => ({ id: `e${i}`, date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10) })));
    const { host, lists, $, focused } = await mountPanels(many, { viewMode: 'list', drawn: [] });
    const items = () => host.shadowRoot!.querySelectorAll('.list-item').length;
    expect(items()).toBe(LIST_PAGE);
    const more = [...$('[part="list"]')!.querySelectorAll<HTMLButtonElement>('button.tool')].find((b) => /more/.test(b.textContent!))!;
    expect(more.textContent).toBe('Show 3 more of 3 remaining');
    more.click();
    await host.updateComplete;
    expect(items()).toBe(LIST_PAGE + 3);
    expect(focused()?.id).toBe(listItemId(many.events[LIST_PAGE].id));
    lists.reset();
    host.requestUpdate();
    await host.updateComplete;
    expect(items()).toBe(LIST_PAGE);
  });
});
