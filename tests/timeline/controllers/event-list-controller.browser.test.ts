import { afterEach, describe, expect, test } from 'vitest';
import { LIST_PAGE, listItemId } from '../../../src/timeline/views/list';
import { detachAll, tinyStory } from '../../support/controller-host';
import { mountPanels } from '../../support/panels-host';

afterEach(detachAll);

describe('EventListController', () => {
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
