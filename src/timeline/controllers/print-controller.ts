import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Knows when the page is being printed, so that a long story's print list is built only then.
 * `beforeprint` comes first; the print media query covers emulated print and `afterprint` ends it.
 */
export class PrintController implements ReactiveController {
  printing = false;
  private query?: MediaQueryList;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query ??= matchMedia('print');
    this.query.addEventListener('change', this.onChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onChange);
  }

  private set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    // Lit renders in a microtask, which runs before the browser lays out the print.
    this.host.requestUpdate();
  }

  private readonly onChange = () => this.set(Boolean(this.query?.matches));
  private readonly onBeforePrint = () => this.set(true);
}
