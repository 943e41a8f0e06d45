/** The panels below the timeline (detail, list, source view) on a test host, wired as the element wires them. */
import { html } from 'lit';
import { vi } from 'vitest';
import { ENGLISH } from '../../src/i18n';
import { FocusController } from '../../src/timeline/controllers/focus-controller';
import { DetailController } from '../../src/timeline/controllers/detail-controller';
import { EventListController } from '../../src/timeline/controllers/event-list-controller';
import { SourceViewController } from '../../src/timeline/controllers/source-view-controller';
import type { RevealController } from '../../src/timeline/controllers/reveal-controller';
import type { LoadedStory } from '../../src/timeline/loaded-story';
import { ShownEvents } from '../../src/timeline/shown-events';
import { eventIdOfMark, markId } from '../../src/timeline/views/marks';
import { attach, createHost, tinyStory } from './controller-host';

export const small = tinyStory([
  { id: 'a', date: '2001-01-01', title: 'Alpha' },
  { id: 'b', date: '2002-01-01', title: 'Beta' },
]);

export interface PanelsOptions {
  /** The events with a mark drawn (all by default). */
  drawn?: string[];
  selected?: string | null;
  viewMode?: string;
  /** Positions of the events the search matches; null without a query. */
  matches?: readonly number[] | null;
  /** The groups hidden in the legend. */
  hidden?: ReadonlySet<string>;
}

/** A host rendering a viewport with marks for `drawn`, then the panels (detail, list, source view), as the element does. */
export async function mountPanels(story: LoadedStory = small, options: PanelsOptions = {}) {
  const drawn = options.drawn ?? story.events.map((e) => e.id);
  /** What the search and the legend leave: the test may change them. */
  const filters = { matches: options.matches ?? null, hidden: options.hidden ?? new Set<string>() };
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
  const shown = new ShownEvents({ story: () => story, matches: () => filters.matches, hidden: () => filters.hidden });
  const lists = new EventListController(host, { story: () => story, listed: () => shown.listed(), select, focus });
  host.template = () => {
    const listed = shown.listed();
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
  return { host, detail, lists, sourceView, focus, reveal, select, filters, $, focused };
}
