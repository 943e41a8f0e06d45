import { afterEach, describe, expect, test } from 'vitest';
import { listItemId } from '../../../src/timeline/views/list';
import { markId } from '../../../src/timeline/views/marks';
import { detachAll } from '../../support/controller-host';
import { mountPanels, small } from '../../support/panels-host';

afterEach(detachAll);

describe('DetailController', () => {
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

});
