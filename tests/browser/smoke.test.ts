import { expect, test } from 'vitest';
import '../../src/index';

test('the element defines itself and renders a shadow root', async () => {
  const el = document.createElement('history-timeline');
  document.body.append(el);
  await (el as any).updateComplete;
  expect(el.shadowRoot).not.toBeNull();
  el.remove();
});
