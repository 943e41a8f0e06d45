import { html } from 'lit';
import { vi } from 'vitest';
import { ENGLISH } from '../../src/i18n';
import { FocusController } from '../../src/timeline/controllers/focus-controller';
import { DetailController } from '../../src/timeline/controllers/detail-controller';
import { EventListController } from '../../src/timeline/controllers/event-list-controller';
import { SourceViewController } from '../../src/timeline/controllers/source-view-controller';
import type { RevealController } from '../../src/timeline/controllers/reveal-controller';
import type { LoadedStory } from '../../src/timeline/loaded-story';
import { eventIdOfMark, markId } from '../../src/timeline/views/marks';
import { attach, createHost, tinyStory } from './controller-host';

export const small = tinyStory([
  { id: 'a', date: '2001-01-01', title: 'Alpha' },
  { id: 'b', date: '2002-01-01', title: 'Beta' },
]);

/** A host rendering a viewport with marks for `drawn`, then the panels (detail, list, source view), as the element does. */
export async function mountPanels(story: LoadedStory = small, options: { drawn?: string[]; selected?: string | null; viewMode?: string } = {}) {
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
