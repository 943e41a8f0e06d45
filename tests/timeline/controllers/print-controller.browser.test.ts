import { describe, expect, onTestFinished, test } from 'vitest';
import { commands } from 'vitest/browser';
import { PrintController } from '../../../src/timeline/controllers/print-controller';
import { plainHost, until } from '../../support/controller-host';

function setup() {
  const host = plainHost();
  const print = new PrintController(host);
  print.hostConnected();
  return { host, print };
}

const fire = (type: 'beforeprint' | 'afterprint') => window.dispatchEvent(new Event(type));

describe('PrintController', () => {
  test('beforeprint turns printing on and asks for an update; afterprint turns it off', () => {
    const { host, print } = setup();
    expect(host.controllers).toContain(print);
    expect(print.printing).toBe(false);
    fire('beforeprint');
    expect(print.printing).toBe(true);
    expect(host.requestUpdate).toHaveBeenCalledOnce();
    fire('afterprint');
    expect(print.printing, 'the print media query no longer matches').toBe(false);
    expect(host.requestUpdate).toHaveBeenCalledTimes(2);
    print.hostDisconnected();
  });

  test('asks for an update only when printing changes', () => {
    const { host, print } = setup();
    fire('beforeprint');
    fire('beforeprint');
    expect(host.requestUpdate).toHaveBeenCalledOnce();
    fire('afterprint');
    fire('afterprint');
    expect(host.requestUpdate).toHaveBeenCalledTimes(2);
    print.hostDisconnected();
  });

  test('stops listening when the host leaves the page, and listens again (once) when it comes back', () => {
    const { host, print } = setup();
    print.hostDisconnected();
    fire('beforeprint');
    expect(print.printing).toBe(false);
    expect(host.requestUpdate).not.toHaveBeenCalled();
    print.hostConnected();
    fire('beforeprint');
    expect(print.printing).toBe(true);
    print.hostDisconnected();
    fire('afterprint');
    expect(print.printing, 'afterprint is not heard either').toBe(true);
  });

  test('the print media query (emulated print, no beforeprint) turns printing on and off', async () => {
    const { host, print } = setup();
    onTestFinished(() => print.hostDisconnected());
    await commands.emulateMedia({ media: 'print' });
    try {
      await until(() => print.printing, 'printing on with the print medium');
    } finally {
      await commands.emulateMedia({ media: null });
    }
    await until(() => !print.printing, 'printing off with the screen medium');
    expect(host.requestUpdate).toHaveBeenCalledTimes(2);
  });
});
