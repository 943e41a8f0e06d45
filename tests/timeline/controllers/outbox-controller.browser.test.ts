import { html } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { OutboxController } from '../../../src/timeline/controllers/outbox-controller';
import { attach, createHost, detachAll, type ControllerTestHost } from '../../support/controller-host';

afterEach(detachAll);

async function hostWithOutbox(): Promise<{ host: ControllerTestHost; outbox: OutboxController }> {
  const host = createHost((h) => (h.template = () => html`<p>${h.selected ?? 'none'}</p>`));
  const outbox = new OutboxController(host);
  host.afterUpdate = () => outbox.flush();
  await attach(host);
  return { host, outbox };
}

describe('OutboxController', () => {
  test('holds events until the update is done, then sends them with the update rendered', async () => {
    const { host, outbox } = await hostWithOutbox();
    const seen: { rendered: string; pending: boolean }[] = [];
    host.addEventListener('timeline-select', () => seen.push({ rendered: host.shadowRoot!.textContent!.trim(), pending: host.isUpdatePending }));
    host.selected = 'a';
    outbox.send('timeline-select', { id: 'a', event: null });
    expect(seen, 'nothing is sent during the change').toEqual([]);
    expect(host.isUpdatePending, 'send asks for an update').toBe(true);
    await host.updateComplete;
    expect(seen).toEqual([{ rendered: 'a', pending: false }]);
  });

  test('asks for an update itself, so a send with nothing else changing still goes out', async () => {
    const { host, outbox } = await hostWithOutbox();
    const updates = host.updates;
    let sent = 0;
    host.addEventListener('timeline-viewchange', () => sent++);
    outbox.send('timeline-viewchange', { start: '2020-01-01T00:00:00.000Z', end: '2021-01-01T00:00:00.000Z' });
    await host.updateComplete;
    expect(host.updates).toBe(updates + 1);
    expect(sent).toBe(1);
  });

  test('sends events and runs effects in the order they were queued, each once', async () => {
    const { host, outbox } = await hostWithOutbox();
    const log: string[] = [];
    host.addEventListener('timeline-select', (e) => log.push(`select ${e.detail.id}`));
    host.addEventListener('timeline-error', (e) => log.push(`error ${e.detail.problems[0].message}`));
    outbox.afterUpdate(() => log.push('effect 1'));
    outbox.send('timeline-select', { id: 'x', event: null });
    outbox.afterUpdate(() => log.push('effect 2'));
    outbox.send('timeline-error', { problems: [{ path: 'src', message: 'oops' }] });
    await host.updateComplete;
    expect(log).toEqual(['effect 1', 'select x', 'effect 2', 'error oops']);
    host.requestUpdate();
    await host.updateComplete;
    expect(log, 'sent once, not again on the next update').toHaveLength(4);
  });

  test('sendDrawn sends at once when no update is coming, and runs none for it', async () => {
    const { host, outbox } = await hostWithOutbox();
    const updates = host.updates;
    let sent = 0;
    host.addEventListener('timeline-viewchange', () => sent++);
    outbox.sendDrawn('timeline-viewchange', { start: '2020-01-01T00:00:00.000Z', end: '2021-01-01T00:00:00.000Z' });
    expect(sent).toBe(1);
    expect(host.isUpdatePending).toBe(false);
    await host.updateComplete;
    expect(host.updates).toBe(updates);
  });

  test('sendDrawn waits for an update that is coming, and behind what is queued before it', async () => {
    const { host, outbox } = await hostWithOutbox();
    const log: string[] = [];
    host.addEventListener('timeline-viewchange', () => log.push(`view, rendered ${host.shadowRoot!.textContent!.trim()}`));
    host.selected = 'b';
    outbox.sendDrawn('timeline-viewchange', { start: '2020-01-01T00:00:00.000Z', end: '2021-01-01T00:00:00.000Z' });
    expect(log, 'not sent before the update coming').toEqual([]);
    await host.updateComplete;
    outbox.afterUpdate(() => log.push('effect'));
    await host.updateComplete;
    // The effect asked for an update; sendDrawn queues behind it rather than jumping ahead.
    outbox.afterUpdate(() => log.push('effect 2'));
    outbox.sendDrawn('timeline-viewchange', { start: '2020-01-01T00:00:00.000Z', end: '2021-01-01T00:00:00.000Z' });
    await host.updateComplete;
    expect(log).toEqual(['view, rendered b', 'effect', 'effect 2', 'view, rendered b']);
  });

  test('events bubble and are composed: a listener outside a shadow root hears them', async () => {
    const outer = document.createElement('div');
    await attach(outer);
    const root = outer.attachShadow({ mode: 'open' });
    const host = createHost();
    const outbox = new OutboxController(host);
    host.afterUpdate = () => outbox.flush();
    await attach(host, root);
    const heard: CustomEvent[] = [];
    document.addEventListener('timeline-select', (e) => heard.push(e), { once: true });
    outbox.send('timeline-select', { id: 'b', event: null });
    await host.updateComplete;
    expect(heard).toHaveLength(1);
    expect(heard[0].bubbles && heard[0].composed).toBe(true);
    expect(heard[0].detail).toEqual({ id: 'b', event: null });
    expect(heard[0].target, 'retargeted to the shadow host outside').toBe(outer);
  });

  test('a listener may set the host again: that is a new update, not one nested in this one', async () => {
    const { host, outbox } = await hostWithOutbox();
    host.addEventListener('timeline-select', () => (host.selected = 'from listener'), { once: true });
    outbox.send('timeline-select', { id: 'a', event: null });
    await host.updateComplete;
    expect(host.isUpdatePending, 'the listener asked for another update').toBe(true);
    await host.updateComplete;
    expect(host.shadowRoot!.textContent!.trim()).toBe('from listener');
  });
});
