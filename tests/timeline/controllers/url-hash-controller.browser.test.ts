import { afterEach, describe, expect, test, vi } from 'vitest';
import { UrlHashController } from '../../../src/timeline/controllers/url-hash-controller';
import { attach, createHost, detachAll, setHash } from '../../support/controller-host';

const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

afterEach(() => {
  detachAll();
  vi.restoreAllMocks();
  clearHash();
});

async function mountHash(options: { id?: string; syncUrl?: boolean; parent?: Element | ShadowRoot } = {}) {
  const onNavigate = vi.fn();
  const host = createHost((h) => {
    h.syncUrl = options.syncUrl ?? true;
    if (options.id) h.id = options.id;
  });
  const hash = new UrlHashController(host, onNavigate);
  await attach(host, options.parent);
  return { host, hash, onNavigate };
}

describe('UrlHashController', () => {
  test('reads its selection from the hash: the scoped entry first, the unscoped one when it is the only syncing timeline', async () => {
    const { hash } = await mountHash({ id: 'tl' });
    setHash('#event=a');
    expect(hash.read()).toBe('a');
    setHash('#event=a&tl:event=b');
    expect(hash.read()).toBe('b');
    setHash('#other:event=c');
    expect(hash.read()).toBeNull();
    setHash('');
    expect(hash.read()).toBeNull();
  });

  test('with two syncing timelines, an unscoped entry speaks to neither', async () => {
    const one = await mountHash({ id: 'one' });
    const two = await mountHash({ id: 'two' });
    setHash('#event=a&two:event=b');
    expect([one.hash.read(), two.hash.read()]).toEqual([null, 'b']);
    // A timeline that does not sync does not count.
    two.host.syncUrl = false;
    await two.host.updateComplete;
    expect(one.hash.read()).toBe('a');
  });

  test('timelines in another shadow root do not count', async () => {
    const outer = document.createElement('div');
    await attach(outer);
    const root = outer.attachShadow({ mode: 'open' });
    const inside = await mountHash({ id: 'inside', parent: root });
    await mountHash({ id: 'outside' });
    setHash('#event=a');
    expect(inside.hash.read()).toBe('a');
  });

  test('write adds a history entry, or replaces the current one', async () => {
    const { hash } = await mountHash();
    const push = vi.spyOn(history, 'pushState');
    const replace = vi.spyOn(history, 'replaceState');
    hash.write('a');
    expect(location.hash).toBe('#event=a');
    expect(push).toHaveBeenCalledOnce();
    hash.write('b', true);
    expect(location.hash).toBe('#event=b');
    expect(replace).toHaveBeenCalledOnce();
    expect(push).toHaveBeenCalledOnce();
  });

  test('write keeps other entries, leaves an unchanged hash alone, and clears to a URL without "#"', async () => {
    const { hash } = await mountHash();
    setHash('#keep=1&event=a');
    const push = vi.spyOn(history, 'pushState');
    hash.write('a');
    expect(push, 'the hash already says so').not.toHaveBeenCalled();
    hash.write('b');
    expect(location.hash).toBe('#keep=1&event=b');
    setHash('#event=b');
    hash.write(null);
    expect(location.href.endsWith(location.pathname + location.search)).toBe(true);
    expect(location.href).not.toContain('#');
  });

  test('write does nothing without sync-url', async () => {
    const { hash } = await mountHash({ syncUrl: false });
    const push = vi.spyOn(history, 'pushState');
    hash.write('a');
    expect(push).not.toHaveBeenCalled();
    expect(location.hash).toBe('');
  });

  test('with two syncing timelines each writes its scoped entry, replacing an unscoped one', async () => {
    const one = await mountHash({ id: 'one' });
    const two = await mountHash({ id: 'two' });
    setHash('#event=x');
    one.hash.write('a');
    two.hash.write('b/c');
    expect(location.hash).toBe('#one:event=a&two:event=b%2Fc');
    expect(two.hash.read()).toBe('b/c');
  });

  test('Back / Forward (hashchange, popstate) report what the URL now selects', async () => {
    const { host, onNavigate } = await mountHash();
    setHash('#event=a');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    setHash('');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(onNavigate.mock.calls).toEqual([['a'], [null]]);
    host.syncUrl = false;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(onNavigate, 'not while it does not sync').toHaveBeenCalledTimes(2);
  });

  test('stops listening when the host leaves the page, and listens once again when it comes back', async () => {
    const { host, onNavigate } = await mountHash();
    host.remove();
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(onNavigate).not.toHaveBeenCalled();
    document.body.append(host);
    document.body.append(host); // moved again: connected twice, one listener
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(onNavigate).toHaveBeenCalledOnce();
  });
});
