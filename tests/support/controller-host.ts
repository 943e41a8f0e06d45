/**
 * Tiny hosts for testing one controller at a time, the way Lit tests reactive controllers: a
 * LitElement whose template and willUpdate the test supplies, or a plain object that implements
 * ReactiveControllerHost where a controller needs no element. Also a small story builder.
 */
import { LitElement, nothing, type PropertyValues, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { property } from 'lit/decorators.js';
import { vi, type Mock } from 'vitest';
import { LoadedStory } from '../../src/timeline/loaded-story';
import { storyInput, type TinyEvent } from './tiny-story';

export { storyInput, type TinyEvent };

export class ControllerTestHost extends LitElement {
  @property({ reflect: true }) selected: string | null = null;
  @property({ type: Boolean, attribute: 'sync-url', reflect: true }) syncUrl = false;
  @property({ attribute: 'view-mode' }) viewMode = 'timeline';
  @property({ type: Boolean, attribute: 'show-source' }) showSource = false;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  @property({ reflect: true }) search = '';
  locale = 'en';
  /** What the host renders; the test sets it. */
  template: () => unknown = () => nothing;
  /** Runs in willUpdate, where the element calls its controllers' update-time methods. */
  beforeRender?: (changed: PropertyValues) => void;
  /** Runs in updated, where the element calls the controllers whose order matters (outbox, reveal, focus…). */
  afterUpdate?: () => void;
  /** Completed updates. */
  updates = 0;

  protected override willUpdate(changed: PropertyValues): void {
    this.beforeRender?.(changed);
  }

  protected override render(): unknown {
    return this.template();
  }

  protected override updated(): void {
    this.updates++;
    this.afterUpdate?.();
  }
}

export const HOST_TAG = 'controller-test-host';
if (!customElements.get(HOST_TAG)) customElements.define(HOST_TAG, ControllerTestHost);

declare global {
  interface HTMLElementTagNameMap {
    'controller-test-host': ControllerTestHost;
  }
}

const attached: Element[] = [];

/** A host not yet on the page: construct controllers with it, then `attach` it. */
export function createHost(setup?: (host: ControllerTestHost) => void): ControllerTestHost {
  const host = document.createElement(HOST_TAG);
  setup?.(host);
  return host;
}

/** Puts `host` on the page (in `parent`, the body by default) and waits for its first update. */
export async function attach<T extends Element>(host: T, parent: Element | ShadowRoot = document.body): Promise<T> {
  parent.append(host);
  attached.push(host);
  if (host instanceof LitElement) await host.updateComplete;
  return host;
}

export function detachAll(): void {
  for (const el of attached.splice(0)) el.remove();
}

export { nextFrame, until } from './until';

const cleanPath = location.pathname + location.search;

/** Puts `hash` in the page's URL without a history entry; '' leaves no "#" at all. */
export const setHash = (hash: string) => history.replaceState(null, '', hash || cleanPath);

/** A URL without a hash, pushed: going Back in a test leaves a forward entry, which the push drops, so the next push adds an entry again. */
export const pushCleanUrl = () => history.pushState(null, '', cleanPath);

/** A plain ReactiveControllerHost: collects controllers and counts update requests. */
export interface PlainHost extends ReactiveControllerHost {
  controllers: ReactiveController[];
  requestUpdate: Mock<() => void>;
}

export function plainHost(): PlainHost {
  const controllers: ReactiveController[] = [];
  return {
    controllers,
    addController: (c) => void controllers.push(c),
    removeController: (c) => void controllers.splice(controllers.indexOf(c) >>> 0, 1),
    requestUpdate: vi.fn(),
    updateComplete: Promise.resolve(true),
  };
}

export function tinyStory(events: readonly TinyEvent[]): LoadedStory {
  const story = new LoadedStory(storyInput(events));
  if (story.problems.length) throw new Error(`tinyStory: ${story.problems.map((p) => p.message).join('; ')}`);
  return story;
}
