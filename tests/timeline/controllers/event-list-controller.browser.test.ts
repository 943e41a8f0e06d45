import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { LIST_PAGE, listItemId } from '../../../src/timeline/views/list';
import { detachAll, tinyStory } from '../../support/controller-host';
import { mountPanels, small } from '../../support/panels-host';

afterEach(detachAll);

describe('EventListController', () => {
  test('"Show more" pages the list and focuses the first new item; a new story starts at the first page again', async () => {
    const many = tinyStory(Array.from({ length: LIST_PAGE + 3 }, (_, i) => ({ id: `e${i}`, date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10) })));
    const { host, lists, $, focused } = await mountPanels(many, { viewMode: 'list', drawn: [] });
    const items = () => host.shadowRoot!.querySelectorAll('[part~="list"] [data-event-id]').length;
    expect(items()).toBe(LIST_PAGE);
    const more = page.elementLocator($('[part~="list"]')!).getByRole('button', { name: /more/ }).element() as HTMLButtonElement;
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

describe('EventListController: the list', () => {
  test('the list is drawn only when shown; an item selects its event and the selected one is current', async () => {
    const { host, select, $ } = await mountPanels(small, { drawn: [] });
    expect($('[part~="list"]')).toBeNull();
    host.viewMode = 'list';
    await host.updateComplete;
    const item = (id: string) => $<HTMLButtonElement>(`[part~="list"] [data-event-id="${id}"]`)!;
    item('b').click();
    expect(select).toHaveBeenLastCalledWith('b');
    await host.updateComplete;
    expect([item('a').getAttribute('aria-current'), item('b').getAttribute('aria-current')]).toEqual(['false', 'true']);
  });
});
