import { nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { elementById, prefersReducedMotion } from '../../dom';
import type { Translation } from '../../i18n';
import type { Citation } from '../../model/types';
import type { LoadedStory } from '../loaded-story';
import { DETAIL_TITLE_ID } from '../views/detail';
import { centreQuote } from '../views/long-paragraph';
import { paragraphElementId, renderSources } from '../views/sources';
import type { FocusController } from './focus-controller';
import type { PanelHost } from './panel-host';

export interface SourceViewDeps {
  story(): LoadedStory | null;
  select(id: string | null): void;
  focus: FocusController;
  /** The timeline area, scrolled into view when a marker selects an event. */
  viewport(): HTMLElement | null | undefined;
}

/**
 * The source view (`show-source`): the sources' text, paragraph by paragraph. "Show in the
 * article" opens it at a cited paragraph with the quoted words highlighted; a marker beside a
 * paragraph selects an event it reports and takes focus to the event's detail.
 */
export class SourceViewController {
  /** The cited words "Show in the article" highlights. */
  private highlightedCitation: Citation | null = null;

  constructor(
    private readonly host: PanelHost,
    private readonly deps: SourceViewDeps,
  ) {}

  /** A new story: nothing is highlighted. */
  reset(): void {
    this.highlightedCitation = null;
  }

  /** "Show in the article": open the source view at the paragraph, with the quoted words highlighted. */
  showInArticle(citation: Citation): void {
    this.host.showSource = true;
    this.highlightedCitation = citation;
    this.host.requestUpdate();
    this.deps.focus.focusAfterRender(() => {
      const target = elementById(this.host.renderRoot, paragraphElementId(citation.source, citation.paragraph));
      // A jump into a long paragraph is not animated: the chunks it passed would be laid out for nothing.
      if (target) centreQuote(target, prefersReducedMotion() || target.querySelector('.chunk') ? 'auto' : 'smooth');
      target?.focus({ preventScroll: true });
    });
  }

  /** A marker in the article: select its event, show the timeline, and take focus to the detail. */
  private selectFromSource(id: string): void {
    this.deps.select(id);
    this.deps.focus.focusAfterRender(() => elementById(this.host.renderRoot, DETAIL_TITLE_ID)?.focus({ preventScroll: true }));
    this.deps.viewport()?.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }

  /** The source view, or nothing when hidden; guarded, so zoom frames do not render it. */
  render({ locale, messages }: { locale: string; messages: Translation }): unknown {
    const loaded = this.deps.story();
    const story = loaded?.story ?? null;
    const { showSource, selected, headingLevel } = this.host;
    return guard([showSource, story, this.highlightedCitation, selected, locale, messages, headingLevel], () =>
      showSource && story && loaded
        ? renderSources({
            sources: story.sources,
            sourceIndex: loaded.sourceIndex,
            storyTitle: story.title,
            locale,
            messages,
            headingLevel,
            highlightedCitation: this.highlightedCitation,
            selected,
            titleOf: (id) => loaded.eventById(id)?.title ?? id,
            select: (id) => this.selectFromSource(id),
          })
        : nothing);
  }
}
