import { html } from 'lit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { page, commands } from 'vitest/browser';
import { FocusController } from '../../../src/timeline/controllers/focus-controller';
import { StoryModeController } from '../../../src/timeline/controllers/story-mode-controller';
import type { LoadedStory } from '../../../src/timeline/loaded-story';
import { SWIPE_MIN_PX, TITLE_CARD } from '../../../src/timeline/story-mode-commands';
import { eventIdOfMark, markId } from '../../../src/timeline/views/marks';
import { attach, createHost, detachAll, tinyStory, until, type ControllerTestHost } from '../../support/controller-host';

afterEach(async () => {
  detachAll();
  vi.useRealTimers();
  await commands.emulateMedia({ reducedMotion: null });
});

const story = tinyStory([
  { id: 'a', date: '2001-01-01', title: 'Alpha' },
  { id: 'b', date: '2002-01-01', title: 'Beta' },
  { id: 'c', date: '2003-01-01', title: 'Gamma' },
]);

interface Options {
  viewMode?: string;
  selected?: string | null;
  startAt?: string | null;
  /** Seconds a card: the `autoplay` attribute. */
  autoplay?: number | null;
  story?: LoadedStory;
  dir?: 'rtl';
}

/**
 * A host wired as the element wires story mode: settle() in willUpdate, FocusController's moves then
 * afterRender() after the update, and the story section rendered in the template.
 */
async function mountStory(options: Options = {}) {
  const state = { story: options.story ?? story, startAt: options.startAt ?? null, autoplay: options.autoplay ?? null };
  const host = createHost((h) => {
    h.viewMode = options.viewMode ?? 'story';
    h.selected = options.selected ?? null;
  });
  const focus = new FocusController(host, {
    viewport: () => host.shadowRoot?.querySelector<HTMLElement>('[part~="viewport"]'),
    markFor: (id) => host.shadowRoot!.querySelector<HTMLElement>(`#${markId(id)}`),
    eventIdOf: eventIdOfMark,
    atRest: () => true,
  });
  const select = vi.fn((id: string | null) => void (host.selected = id));
  const showInArticle = vi.fn();
  const storyMode = new StoryModeController(host, { story: () => state.story, startAt: () => state.startAt, autoplay: () => state.autoplay, select, focus, showInArticle });
  host.beforeRender = (changed) => storyMode.settle(changed.has('viewMode'));
  host.afterUpdate = () => {
    focus.afterRender();
    storyMode.afterRender();
  };
  // The direction sits inside the shadow root, on the element's base, as the element draws it.
  host.template = () => html`<div dir=${options.dir ?? 'ltr'}><div part="viewport" tabindex="0"></div>${storyMode.render({ locale: 'en' })}</div>`;
  await attach(host);
  return { host, storyMode, select, showInArticle, state, section: page.elementLocator(host) };
}

const heading = (host: ControllerTestHost) => host.shadowRoot!.getElementById('story-card-title');
const card = (host: ControllerTestHost) => host.shadowRoot!.querySelector<HTMLElement>('[part~="story-card"]');
const focused = (host: ControllerTestHost) => host.shadowRoot!.activeElement;

/** The card shows event `id` (the title card for null) and its heading reads `title`. */
async function showsCard(host: ControllerTestHost, id: string | null, title: string): Promise<void> {
  await until(() => (card(host)?.dataset.eventId ?? null) === (id ?? null) && heading(host)?.textContent === title, () => `card ${id}: heading "${heading(host)?.textContent}"`);
}

describe('StoryModeController', () => {
  test('only in story mode: the card shown is the selected event, the title card without one', async () => {
    const { host, storyMode } = await mountStory({ viewMode: 'timeline' });
    expect(storyMode.active).toBe(false);
    expect(card(host), 'nothing is rendered outside story mode').toBeNull();
    host.viewMode = 'story';
    await host.updateComplete;
    expect(storyMode.active).toBe(true);
    expect(storyMode.position).toBe(TITLE_CARD);
    await showsCard(host, null, 'A tiny story');
    host.selected = 'b';
    await host.updateComplete;
    expect(storyMode.position).toBe(1);
    await showsCard(host, 'b', 'Beta');
    host.selected = 'no-such-event';
    expect(storyMode.position).toBe(TITLE_CARD);
  });

  test('start-at opens a story on its card, unless something is selected already; entering story mode again does too', async () => {
    const last = await mountStory({ startAt: 'last' });
    expect(last.select).toHaveBeenCalledExactlyOnceWith('c');
    const named = await mountStory({ startAt: 'b' });
    expect(named.select).toHaveBeenCalledExactlyOnceWith('b');
    const title = await mountStory({ startAt: 'title' });
    expect(title.select).not.toHaveBeenCalled();
    const chosen = await mountStory({ startAt: 'first', selected: 'c' });
    expect(chosen.select, 'the selection (attribute or URL) wins').not.toHaveBeenCalled();
    // The same story again in the same mode: start-at is not applied twice.
    const { host, select } = await mountStory({ startAt: 'first', viewMode: 'timeline' });
    expect(select).not.toHaveBeenCalled();
    host.viewMode = 'story';
    await host.updateComplete;
    expect(select).toHaveBeenCalledExactlyOnceWith('a');
    host.selected = null;
    await host.updateComplete;
    expect(select).toHaveBeenCalledOnce();
  });

  test("Start, Next and Previous move a card and take focus to the new card's heading; at the ends they stay", async () => {
    const { host, section, select } = await mountStory();
    section.getByRole('button', { name: 'Start' }).element().dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await showsCard(host, 'a', 'Alpha');
    await until(() => focused(host) === heading(host), 'focus on the first card heading');
    const nav = page.elementLocator(host.shadowRoot!.querySelector('[part~="story-nav"]')!);
    const press = (name: string) => nav.getByRole('button', { name }).element().dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    press('Next');
    await showsCard(host, 'b', 'Beta');
    await until(() => focused(host) === heading(host), 'focus on the new heading');
    press('Previous');
    await showsCard(host, 'a', 'Alpha');
    press('Previous');
    await showsCard(host, null, 'A tiny story');
    select.mockClear();
    press('Previous');
    await host.updateComplete;
    expect(select, 'before the title card there is nothing').not.toHaveBeenCalled();
  });

  test('keys on the card: → and ← step, Home goes to the title card and End to the last; modified keys are not ours', async () => {
    const { host, select } = await mountStory({ selected: 'a' });
    const keydown = (key: string, init: KeyboardEventInit = {}) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
      heading(host)!.dispatchEvent(event);
      return event;
    };
    expect(keydown('ArrowRight').defaultPrevented).toBe(true);
    expect(select).toHaveBeenLastCalledWith('b');
    await showsCard(host, 'b', 'Beta');
    keydown('End');
    expect(select).toHaveBeenLastCalledWith('c');
    await showsCard(host, 'c', 'Gamma');
    keydown('ArrowLeft');
    expect(select).toHaveBeenLastCalledWith('b');
    await showsCard(host, 'b', 'Beta');
    keydown('Home');
    expect(select).toHaveBeenLastCalledWith(null);
    await showsCard(host, null, 'A tiny story');
    select.mockClear();
    expect(keydown('ArrowRight', { shiftKey: true }).defaultPrevented).toBe(false);
    expect(keydown('x').defaultPrevented).toBe(false);
    expect(select).not.toHaveBeenCalled();
  });

  test('right to left, ← goes to the next card and a swipe to the right shows it', async () => {
    const { host, select } = await mountStory({ selected: 'a', dir: 'rtl' });
    heading(host)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true, cancelable: true }));
    expect(select).toHaveBeenLastCalledWith('b');
    await showsCard(host, 'b', 'Beta');
    swipe(host, SWIPE_MIN_PX + 10);
    expect(select).toHaveBeenLastCalledWith('c');
  });

  test('a quick sideways touch swipe steps a card; a short, slow or mouse one does not', async () => {
    const { host, select } = await mountStory({ selected: 'b' });
    swipe(host, -(SWIPE_MIN_PX + 10));
    expect(select).toHaveBeenLastCalledWith('c');
    await showsCard(host, 'c', 'Gamma');
    swipe(host, SWIPE_MIN_PX + 10);
    expect(select).toHaveBeenLastCalledWith('b');
    await showsCard(host, 'b', 'Beta');
    select.mockClear();
    swipe(host, -(SWIPE_MIN_PX - 10));
    swipe(host, -(SWIPE_MIN_PX + 10), { ms: 1500 });
    swipe(host, -(SWIPE_MIN_PX + 10), { pointerType: 'mouse' });
    expect(select).not.toHaveBeenCalled();
  });

  test('"Show in the article" on a card asks for the source at the citation', async () => {
    const { section, showInArticle } = await mountStory({ selected: 'b' });
    section.getByRole('button', { name: 'Show in the article' }).element().dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(showInArticle).toHaveBeenCalledExactlyOnceWith(story.eventById('b')!.citations[0]);
  });

  test('a card that had focus and is replaced from outside (select()) gives focus to the new heading', async () => {
    const { host } = await mountStory({ selected: 'a' });
    heading(host)!.focus();
    host.selected = 'c';
    await showsCard(host, 'c', 'Gamma');
    expect(focused(host)).toBe(heading(host));
    // Focus elsewhere in the element stays where the reader put it.
    host.shadowRoot!.querySelector<HTMLElement>('[part~="viewport"]')!.focus();
    host.selected = 'a';
    await showsCard(host, 'a', 'Alpha');
    expect(focused(host)).toBe(host.shadowRoot!.querySelector('[part~="viewport"]'));
  });

  describe('autoplay', () => {
    test('advances a card every `autoplay` seconds without taking focus, and stops at the last card', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const { host, section, select } = await mountStory({ autoplay: 2 });
      expect(section.getByRole('button', { name: 'Pause' }).element()).toBeTruthy();
      vi.advanceTimersByTime(1999);
      expect(select).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(select).toHaveBeenLastCalledWith('a');
      for (const id of ['b', 'c']) {
        await host.updateComplete;
        vi.advanceTimersByTime(2000);
        expect(select).toHaveBeenLastCalledWith(id);
      }
      await host.updateComplete;
      expect(vi.getTimerCount(), 'no timer at the last card').toBe(0);
      expect(focused(host)).toBeNull();
    });

    test('Pause stops it and Play starts it again; focus entering the card stops it until Play', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const { host, section, select } = await mountStory({ autoplay: 1 });
      const toggle = () => host.shadowRoot!.querySelector<HTMLButtonElement>('[data-autoplay]')!;
      toggle().click();
      await host.updateComplete;
      expect(toggle().textContent).toContain('Play');
      vi.advanceTimersByTime(5000);
      expect(select).not.toHaveBeenCalled();
      section.getByRole('button', { name: 'Play' }).element().dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await host.updateComplete;
      vi.advanceTimersByTime(1000);
      expect(select).toHaveBeenLastCalledWith('a');
      await host.updateComplete;
      heading(host)!.focus();
      await host.updateComplete;
      expect(toggle().textContent).toContain('Play');
      vi.advanceTimersByTime(5000);
      expect(select).toHaveBeenCalledOnce();
    });

    test('never under reduced motion, and not while the host is off the page', async () => {
      await commands.emulateMedia({ reducedMotion: 'reduce' });
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const still = await mountStory({ autoplay: 1 });
      expect(still.host.shadowRoot!.querySelector('[data-autoplay]'), 'no Pause button').toBeNull();
      expect(vi.getTimerCount()).toBe(0);
      await commands.emulateMedia({ reducedMotion: null });
      const { host } = await mountStory({ autoplay: 1 });
      expect(vi.getTimerCount()).toBe(1);
      host.remove();
      expect(vi.getTimerCount(), 'removal clears the timer').toBe(0);
    });
  });
});

/** A touch (or mouse) moving `dx` px sideways on the card in `ms` ms. */
function swipe(host: ControllerTestHost, dx: number, { ms = 100, pointerType = 'touch' } = {}): void {
  const target = card(host)!;
  const start = performance.now();
  const init = { bubbles: true, composed: true, pointerId: 7, pointerType, clientY: 100 };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: 200 }));
  // A PointerEvent's timeStamp is when it was made: the swipe's duration is read from them.
  const up = new PointerEvent('pointerup', { ...init, clientX: 200 + dx });
  Object.defineProperty(up, 'timeStamp', { value: start + ms });
  target.dispatchEvent(up);
}
