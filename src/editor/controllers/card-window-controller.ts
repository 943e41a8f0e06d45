import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cardTops, windowOfTops, type CardWindow } from '../card-window';

/** What the controller reads from the element: where its cards are. */
export interface CardWindowHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** A card's height before it was ever drawn (px), until a measured one is known. */
const ESTIMATED_HEIGHT = 150;
const LIST = '.cards';
const CARD = '[data-candidate]';

/**
 * Draws only the review cards near the view when there are many: it follows scrolling and the
 * window's size, measures the cards it draws (a ResizeObserver), keeps the card with focus and
 * the next ones drawn (so Tab always finds the next card), and can bring any card into view.
 */
export class CardWindowController implements ReactiveController {
  private readonly heights = new Map<string, number>();
  private view = { top: 0, bottom: typeof innerHeight === 'number' ? innerHeight : 800 };
  private focused: string | null = null;
  private revealing: string | null = null;
  private observer: ResizeObserver | null = null;
  private readonly observed = new Set<Element>();
  private frame = 0;
  /** The cards' tops, for the ids they were added up for and the heights known then; a keystroke adds up none again. */
  private tops: { ids: string[]; heightsSeen: number; tops: Float64Array } | null = null;
  /** Counts changes to the measured heights. */
  private heightsChanged = 0;

  constructor(private readonly host: CardWindowHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => this.measured(entries));
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    addEventListener('resize', this.onScroll, { passive: true });
    this.host.renderRoot.addEventListener('focusin', this.onFocus);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed.clear();
    cancelAnimationFrame(this.frame);
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    removeEventListener('resize', this.onScroll);
    this.host.renderRoot.removeEventListener('focusin', this.onFocus);
  }

  /** Which of `cards` (in the order shown, each with its id) to draw now. */
  windowOf(cards: readonly { id: string }[]): CardWindow {
    const keepId = this.revealing ?? this.focused;
    const keep = keepId === null ? -1 : cards.findIndex((c) => c.id === keepId);
    const tops = this.topsOf(cards);
    const window = windowOfTops(tops, this.view.top, this.view.bottom, keep);
    // With focus in a card, the two after it are drawn too: Tab goes on to them.
    if (keep >= window.start && keep < window.end && this.revealing === null && keep + 3 > window.end) {
      window.end = Math.min(cards.length, keep + 3);
      window.after = tops[cards.length] - tops[window.end];
    }
    return window;
  }

  /** The tops of `cards`, added up again only when the cards, their order or a measured height changed. */
  private topsOf(cards: readonly { id: string }[]): Float64Array {
    const known = this.tops;
    if (known && known.heightsSeen === this.heightsChanged && known.ids.length === cards.length && cards.every((c, i) => c.id === known.ids[i])) return known.tops;
    const tops = cardTops(cards.length, (i) => this.heights.get(cards[i].id) ?? ESTIMATED_HEIGHT);
    this.tops = { ids: cards.map((c) => c.id), heightsSeen: this.heightsChanged, tops };
    return tops;
  }

  /** Draws the card of `id` and scrolls it into view; resolves with it (null when it is not in the list). */
  async reveal(id: string): Promise<HTMLElement | null> {
    this.revealing = id;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const card = this.card(id);
    card?.scrollIntoView({ block: 'nearest' });
    this.revealing = null;
    return card;
  }

  /** The drawn card of `id`, or null. */
  card(id: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`${CARD}[data-candidate="${CSS.escape(id)}"]`);
  }

  hostUpdated(): void {
    const cards = new Set(this.host.renderRoot.querySelectorAll(`${LIST} > ${CARD}`));
    for (const card of this.observed) {
      if (!cards.has(card)) {
        this.observer?.unobserve(card);
        this.observed.delete(card);
      }
    }
    for (const card of cards) {
      if (this.observed.has(card)) continue;
      this.observer?.observe(card);
      this.observed.add(card);
    }
  }

  private measured(entries: ResizeObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      const id = (entry.target as HTMLElement).dataset.candidate;
      if (!id || !entry.target.isConnected) continue;
      const style = getComputedStyle(entry.target);
      const height = Math.round(entry.borderBoxSize[0].blockSize + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
      if (height > 0 && this.heights.get(id) !== height) {
        this.heights.set(id, height);
        changed = true;
      }
    }
    if (changed) {
      this.heightsChanged++;
      this.onScroll();
    }
  }

  /** Reads where the view is over the list, once a frame at most. */
  private readonly onScroll = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const list = this.host.renderRoot.querySelector(LIST);
      if (!list) return;
      const top = -list.getBoundingClientRect().top;
      this.view = { top, bottom: top + innerHeight };
      this.host.requestUpdate();
    });
  };

  private readonly onFocus = (event: Event): void => {
    const card = (event.composedPath().find((n) => n instanceof HTMLElement && n.matches(CARD)) as HTMLElement | undefined) ?? null;
    const id = card?.dataset.candidate ?? null;
    if (id === this.focused) return;
    this.focused = id;
    this.host.requestUpdate();
  };
}
