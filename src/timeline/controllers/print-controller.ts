import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Translation } from '../../i18n';
import type { LoadedStory } from '../loaded-story';
import { renderPrintList } from '../views/print';

/**
 * Knows when the page is being printed, and draws the print list (every event with its citations)
 * only then, so that a long story's is not built for the screen.
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
    // Made while the page prints already (a part loaded after the first frame): print now.
    this.onChange();
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

  /** The print list while printing; guarded, so zoom frames do not render it. */
  render(loaded: LoadedStory | null, { locale, headingLevel, messages }: { locale: string; headingLevel: number; messages: Translation }): unknown {
    const story = loaded?.story ?? null;
    return guard([story, locale, messages, headingLevel, this.printing], () =>
      story && loaded && this.printing
        ? renderPrintList({
            events: loaded.events,
            eras: { eras: loaded.eras, spans: loaded.eraStack.spans },
            groupOf: (e) => loaded.groupTitleOf(e),
            sourceIndex: loaded.sourceIndex,
            locale,
            headingLevel,
            messages,
          })
        : nothing);
  }
}
