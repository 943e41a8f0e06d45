import { afterEach, describe, expect, test, vi } from 'vitest';
import { GroupsController } from '../../../src/timeline/controllers/groups-controller';
import { attach, createHost, detachAll, pushCleanUrl, setHash, until } from '../../support/controller-host';

afterEach(() => {
  detachAll();
  vi.restoreAllMocks();
  pushCleanUrl();
});

async function mountGroups(syncUrl = true) {
  const host = createHost((h) => (h.syncUrl = syncUrl));
  const groups = new GroupsController(host);
  await attach(host);
  const updates = vi.spyOn(host, 'requestUpdate');
  return { host, groups, updates };
}

const hidden = (groups: GroupsController) => [...groups.hidden].sort();

describe('GroupsController', () => {
  test('toggle hides a group, and shows it again; each change asks for an update', async () => {
    const { groups, updates } = await mountGroups(false);
    expect(hidden(groups)).toEqual([]);
    groups.toggle('war');
    groups.toggle('floods');
    expect(hidden(groups)).toEqual(['floods', 'war']);
    groups.toggle('war');
    expect(hidden(groups)).toEqual(['floods']);
    expect(updates).toHaveBeenCalledTimes(3);
  });

  test('with sync-url each toggle is a history entry naming the hidden ids (hide=), which another timeline reads back; none hidden, no entry', async () => {
    setHash('');
    const { host, groups } = await mountGroups();
    // Counted by pushState calls: Chromium caps history.length at 50, which earlier tests may reach.
    const pushes = vi.spyOn(history, 'pushState');
    groups.toggle('war');
    expect(location.hash).toBe('#hide=war');
    groups.toggle('a,b c');
    expect(pushes).toHaveBeenCalledTimes(2);
    // The page reloaded: a lone timeline reads the entry.
    host.remove();
    const reader = await mountGroups();
    reader.groups.readFromUrl(new Set(['war', 'a,b c', 'floods']));
    expect(hidden(reader.groups)).toEqual(['a,b c', 'war']);
    reader.host.remove();
    await attach(host);
    groups.toggle('war');
    groups.toggle('a,b c');
    expect(location.hash).toBe('');
  });

  test('a hand-written list of ids, comma-separated, is read', async () => {
    setHash('#hide=war,floods');
    const { groups } = await mountGroups();
    groups.readFromUrl(new Set(['war', 'floods', 'drought']));
    expect(hidden(groups)).toEqual(['floods', 'war']);
  });

  test('without sync-url the hash is neither written nor read', async () => {
    setHash('#hide=war');
    const { groups } = await mountGroups(false);
    groups.readFromUrl(new Set(['war', 'floods']));
    expect(hidden(groups)).toEqual([]);
    groups.toggle('floods');
    expect(location.hash).toBe('#hide=war');
  });

  test('a new story hides what the URL hides and what was hidden before, among the groups it has', async () => {
    setHash('#hide=war,gone,a%20b');
    const { groups, updates } = await mountGroups();
    groups.readFromUrl(new Set(['war', 'floods', 'a b']));
    expect(hidden(groups)).toEqual(['a b', 'war']);
    expect(updates).toHaveBeenCalled();
    // Hidden groups the next story does not have are dropped.
    groups.readFromUrl(new Set(['war', 'floods']));
    expect(hidden(groups)).toEqual(['war']);
  });

  test('an id the URL does not encode properly is read as written', async () => {
    // Decoded once as the hash, the first id is still not valid percent-encoding.
    setHash('#hide=%25E0%25A4%25A,war');
    const { groups } = await mountGroups();
    groups.readFromUrl(new Set(['%E0%A4%A', 'war']));
    expect(hidden(groups)).toEqual(['%E0%A4%A', 'war']);
  });

  test('Back and Forward hide what the URL then hides', async () => {
    setHash('');
    const { groups } = await mountGroups();
    groups.toggle('war');
    groups.toggle('floods');
    history.back();
    await until(() => hidden(groups).join() === 'war', 'Back showed floods again');
    history.forward();
    await until(() => hidden(groups).join() === 'floods,war', 'Forward hid floods again');
  });
});
