import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FocusController } from '../../../src/timeline/controllers/focus-controller';
import { eventIdOfMark, markId } from '../../../src/timeline/views/marks';
import { attach, createHost, detachAll, type ControllerTestHost } from '../../support/controller-host';

afterEach(detachAll);

/** A host drawing one button per id in `drawn` inside a focusable viewport, as the element does. */
async function mountFocus(initial: string[] = ['a', 'b', 'c']) {
  const state = { drawn: initial, atRest: true, firstCluster: null as number | null };
  const host = createHost();
  const viewport = () => host.shadowRoot?.querySelector<HTMLElement>('.viewport');
  const focus = new FocusController(host, {
    viewport,
    markFor: (id) => host.shadowRoot!.querySelector<HTMLElement>(`#${markId(id)}`),
    eventIdOf: eventIdOfMark,
    atRest: () => state.atRest,
  });
  host.beforeRender = () => {
    focus.chooseTabStops(state.drawn, state.firstCluster);
    focus.beforeRender();
  };
  host.afterUpdate = () => focus.afterRender();
  host.template = () => html`<div @focusin=${focus.onFocusIn}>
    <div class="viewport" tabindex="0">
      ${repeat(state.drawn, (id) => id, (id) => html`<button id=${markId(id)} part="event" data-event-id=${id} tabindex=${id === focus.tabStop ? 0 : -1}>${id}</button>`)}
    </div>
    <button class="outside">elsewhere in the element</button>
  </div>`;
  await attach(host);
  const draw = async (ids: string[]) => {
    state.drawn = ids;
    host.requestUpdate();
    await host.updateComplete;
  };
  const mark = (id: string) => host.shadowRoot!.querySelector<HTMLElement>(`#${markId(id)}`)!;
  return { host, focus, state, draw, mark, viewport: () => viewport()!, focused: () => host.shadowRoot!.activeElement };
}

const tabStopOf = (host: ControllerTestHost) => [...host.shadowRoot!.querySelectorAll<HTMLElement>('[tabindex="0"][part="event"]')].map((b) => b.dataset.eventId);

describe('FocusController', () => {
  test('one tab stop: the active event if drawn, else the focused mark, else the first; a cluster when no mark is drawn', async () => {
    const { host, focus, state, draw, mark } = await mountFocus();
    expect(focus.tabStop).toBe('a');
    expect(tabStopOf(host)).toEqual(['a']);
    focus.active = 'c';
    await draw(['a', 'b', 'c']);
    expect(tabStopOf(host)).toEqual(['c']);
    // The active event is not drawn: the focused mark keeps the tab stop (Shift+Tab leaves the events).
    mark('b').focus();
    focus.active = 'zzz';
    await draw(['a', 'b']);
    expect(focus.tabStop).toBe('b');
    expect(focus.clusterTabStop).toBeNull();
    state.firstCluster = 1234;
    await draw([]);
    expect(focus.tabStop).toBeNull();
    expect(focus.clusterTabStop).toBe(1234);
  });

  test('the tab stop follows focus however a mark got it', async () => {
    const { focus, mark } = await mountFocus();
    mark('c').focus();
    expect(focus.active).toBe('c');
  });

  test('headFor gives the tab stop now and focus once the mark is drawn', async () => {
    const { host, focus, state, draw, mark, viewport, focused } = await mountFocus(['a']);
    viewport().focus();
    state.atRest = false;
    focus.headFor('c');
    expect(focus.active).toBe('c');
    expect(host.isUpdatePending, 'headFor asks for an update').toBe(true);
    await host.updateComplete;
    expect(focused(), 'not drawn yet: focus waits on the viewport').toBe(viewport());
    expect(focus.heldFor).toBe('c');
    await draw(['a', 'c']);
    expect(focused()).toBe(mark('c'));
    expect(focus.heldFor, 'still heading while the view moves').toBe('c');
    state.atRest = true;
    host.requestUpdate();
    await host.updateComplete;
    expect(focus.heldFor, 'arrived once the view is at rest').toBeNull();
  });

  test('headFor does not take focus from outside the timeline', async () => {
    const { host, focus, draw, focused } = await mountFocus(['a']);
    const outside = host.shadowRoot!.querySelector<HTMLElement>('.outside')!;
    outside.focus();
    focus.headFor('c');
    await draw(['a', 'c']);
    expect(focused()).toBe(outside);
  });

  test('when a render removes the focused mark, focus waits on the viewport, then goes to the mark it heads for', async () => {
    const { focus, state, draw, mark, viewport, focused } = await mountFocus();
    mark('b').focus();
    state.atRest = false;
    focus.headFor('b');
    await draw(['a', 'c']); // gathered into a cluster by a moving view
    expect(document.activeElement, 'focus did not fall out of the element').not.toBe(document.body);
    expect(focused()).toBe(viewport());
    await draw(['a', 'b', 'c']);
    expect(focused()).toBe(mark('b'));
  });

  test('when a render removes the focused mark with nothing to head for, focus stays on the viewport', async () => {
    const { draw, mark, viewport, focused } = await mountFocus();
    mark('b').focus();
    await draw(['a']);
    expect(focused()).toBe(viewport());
  });

  test('a keyed reorder that moves the focused mark gives focus back to it', async () => {
    const { draw, mark, focused } = await mountFocus();
    mark('a').focus();
    await draw(['c', 'b', 'a']); // repeat moves a's node, which loses focus
    expect(focused()).toBe(mark('a'));
  });

  test("the reader's focusin cancels heading; the controller's own focus moves do not", async () => {
    const { focus, state, draw, mark, viewport, focused } = await mountFocus(['a', 'b']);
    viewport().focus();
    state.atRest = false;
    focus.headFor('c');
    focus.focusOwn(mark('b'));
    expect(focus.heldFor, 'its own move keeps heading').toBe('c');
    mark('a').focus(); // the reader (Tab, a click)
    expect(focus.heldFor).toBeNull();
    expect(focus.active).toBe('a');
    await draw(['a', 'b', 'c']);
    expect(focused()).toBe(mark('a'));
  });

  test('focusAfterRender runs once, after the render that draws its target', async () => {
    const { host, focus, draw, mark } = await mountFocus(['a']);
    const move = vi.fn(() => expect(mark('d'), 'drawn when the move runs').not.toBeNull());
    focus.focusAfterRender(move);
    expect(move).not.toHaveBeenCalled();
    await draw(['a', 'd']);
    expect(move).toHaveBeenCalledOnce();
    host.requestUpdate();
    await host.updateComplete;
    expect(move).toHaveBeenCalledOnce();
  });

  test('returnTo focuses the mark, or holds focus on the viewport and reveals the event', async () => {
    const { focus, mark, viewport, focused } = await mountFocus(['a', 'b']);
    const reveal = vi.fn();
    focus.returnTo('b', reveal);
    expect(focused()).toBe(mark('b'));
    expect(reveal).not.toHaveBeenCalled();
    focus.returnTo('c', reveal);
    expect(focused()).toBe(viewport());
    expect(focus.heldFor).toBe('c');
    expect(focus.active).toBe('c');
    expect(reveal).toHaveBeenCalledOnce();
  });

  test('a new story keeps the tab stop on an event it has, else its first event, and stops heading', async () => {
    const { focus } = await mountFocus();
    focus.headFor('b');
    focus.resetForStory((id) => id === 'b', 'x');
    expect([focus.active, focus.heldFor]).toEqual(['b', null]);
    focus.resetForStory(() => false, 'x');
    expect(focus.active).toBe('x');
  });
});
