import { afterEach, describe, expect, test } from 'vitest';
import { mount, part, unmountAll, until, within } from '../support/harness';

afterEach(unmountAll);

describe('the toolbar', () => {
  test('one row, no title unless asked for', async () => {
    const el = await mount({ width: 1280 });
    const bar = part(el, 'toolbar')!;
    const title = 'Russia recognizes the Taliban government';
    expect(within(bar).getByText(title).query()).toBeNull();
    const tops = new Set([...bar.querySelectorAll('button')].map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(tops.size).toBe(1);
    el.showTitle = true;
    await until(() => within(bar).getByText(title, { exact: true }).query() !== null, 'show-title shows the title');
  });
});
