import { html, nothing, type TemplateResult } from 'lit';
import { elementRef } from '../views/element-ref';
import { focusedCluster, renderClusters, renderMarks } from '../views/marks';
import { renderProblems } from '../views/problems';
import { renderProgress } from '../views/progress';
import { renderKey } from '../views/key';
import { renderBandTitles, renderLegend } from '../views/groups';
import { renderOverview } from '../views/overview';
import { renderToolbar } from '../views/toolbar';
import { reportedByTwo, reportsOf } from '../views/reports';
import { renderViewport } from '../views/viewport';
import { BAND_HEADER_PX } from '../views/metrics';
import { geometry } from '../views/geometry';
import { renderEras } from '../views/eras';
import { publicationLabel } from '../views/publication';
import { isolate } from '../views/isolate';
import type { TimelineEvent } from '../../model/types';
import { NARROW_PX, SIDE_DETAIL_PX, type TimelineHost, type TimelineInternals } from './timeline-internals';

/** `<history-timeline>`'s shadow DOM: the views, given what the update computed. */
export function renderTimeline(host: TimelineHost, internals: TimelineInternals): TemplateResult {
  const { loaded, messages, renderLocale: locale, layouts, time, zoom, viewportSize, ownSize, loader, navigation, rovingFocus, selection, groups, detail, shown, later } = internals;
  const story = loaded?.story ?? null;
  const events = internals.events;
  // The list and story mode are later parts: without them (their file could not load) the timeline shows.
  const mode = later && (host.viewMode === 'list' || host.viewMode === 'both' || host.viewMode === 'story') ? host.viewMode : 'timeline';
  const chronology = internals.chronologyShown;
  const narrow = ownSize.size.width > 0 && ownSize.size.width < NARROW_PX && host.narrowView !== 'timeline';
  // On a phone the chronology is the timeline and the list at once.
  const showTimeline = mode !== 'list' && !chronology;
  const showList = (mode === 'list' || mode === 'both') && !chronology;
  const layout = layouts.layout;
  const listed = shown.listed();
  const color = (event: TimelineEvent) => internals.eventColor(event);
  // A wide timeline opens the detail as a panel over its side away from the mark, where the reader is looking.
  const width = viewportSize.size.width;
  const selectedMark = host.selected === null ? undefined : layout.marks.find((m) => events[m.event]?.id === host.selected);
  const side = showTimeline && mode !== 'story' && ownSize.size.width >= SIDE_DETAIL_PX
    ? detail.sideFor(selectedMark && width > 0 ? (selectedMark.x0 + selectedMark.x1) / 2 / width : null)
    : undefined;
  const published = loaded?.published ?? null;
  const publishedX = time.xOfTime(published, width);
  const publishedLabel = published === null ? '' : publicationLabel(published, messages);
  const eraRow = loaded?.eras.length && zoom.window && width > 0
    ? layouts.layoutEraRow(loaded, time.axis, zoom.window, width, { x: published === null ? null : publishedX, label: publishedLabel })
    : null;
  const detailView = detail.render({ chronology, storyMode: mode === 'story', listed, locale, messages, side });
  // The first drawing waits for a part it needs (a language, a view the first frame does without): only the room it will take.
  if (internals.firstFrameHeld) {
    return html`<div class="base" part="base" ${elementRef(internals.baseRef)} ${geometry(internals.staticRoom ? { '--_static-room': `${internals.staticRoom}px` } : {})}></div>`;
  }
  return html`
    <div class="base" part="base" data-view=${mode} dir=${internals.direction} lang=${locale} ${elementRef(internals.baseRef)} ${geometry(internals.staticRoom ? { '--_static-room': `${internals.staticRoom}px` } : {})} @keydown=${detail.onKeyDown} @focusin=${rovingFocus.onFocusIn}>
      ${renderToolbar({
        title: host.showTitle ? (story?.title ?? '') : '',
        // A phone's story mode keeps one row: the strip zooms by pinch and keys.
        showTimeline: showTimeline && !(narrow && mode === 'story'),
        showList,
        showSource: host.showSource,
        narrow: narrow && mode !== 'list' && mode !== 'story' ? { horizontal: internals.horizontalOnNarrow, toggle: () => internals.toggleNarrowView() } : null,
        search: { value: host.search, onInput: internals.onSearchInput, onKeyDown: internals.onSearchKeyDown },
        run: (command) => navigation.run(command),
        toggleList: () => (host.viewMode = showList ? 'timeline' : 'both'),
        toggleSource: () => (host.showSource = !host.showSource),
        story: { active: mode === 'story', toggle: () => (host.viewMode = mode === 'story' ? 'timeline' : 'story') },
        reportedByTwo: reportedByTwo(events, null).length
          ? { active: internals.reportedByTwoOnly, toggle: () => ((internals.reportedByTwoOnly = !internals.reportedByTwoOnly), host.requestUpdate()) }
          : undefined,
        messages,
      })}
      ${renderProblems({
        loadError: loader.error,
        loading: loader.loading,
        hasStory: story !== null,
        eventCount: events.length,
        problems: loaded?.problems ?? [],
        retry: () => host.src && loader.load(host.src),
        messages,
      })}
      ${renderProgress(loader.progress)}
      ${internals.live?.render(messages) ?? nothing}
      ${later?.storyMode.render({ locale, messages, color, layout: narrow ? 'phone' : ownSize.size.width < SIDE_DETAIL_PX ? 'column' : 'wide' }) ?? nothing}
      <div class="stage">${renderViewport({
        viewportRef: internals.viewportRef,
        axisRef: internals.axisRef,
        hidden: !showTimeline,
        label: story ? messages.plural('timelineLabelWithStory', events.length, { title: story.title }) : messages.t('timelineLabel'),
        contentHeight: internals.contentHeight,
        locale,
        breaks: layouts.ticks?.breaks ?? [],
        publication: { x: publishedX, published, label: publishedLabel, labelSide: eraRow?.publicationLabel ?? 'before' },
        messages,
        onKeyDown: navigation.onKeyDown,
        eras: loaded && eraRow
          ? renderEras({
              placed: eraRow.placed,
              ...(eraRow.titles ? { titles: eraRow.titles } : {}),
              eras: loaded.eras,
              levels: loaded.eraStack.levels,
              rowHeight: layouts.eraRow(loaded),
              locale,
              selected: detail.era,
              open: (id) => internals.openEra(id),
              messages,
            })
          : nothing,
        bands: renderBandTitles({
          bands: layout.bands ?? [],
          groups: loaded?.groups ?? [],
          top: (band) => layouts.rowTop({ lane: band.firstLane, band: band.band }) - BAND_HEADER_PX,
          laneHeight: layouts.laneHeight,
          color: (band) => internals.bandColor(band),
          messages,
        }),
        clusters: renderClusters({ layout, top: layouts.eraRow(loaded), locale, direction: internals.direction, messages, tabStop: rovingFocus.clusterTabStop, keys: internals.clusterKeys, phrases: internals.phrases, focused: focusedCluster(host.shadowRoot?.activeElement), activate: (start, end, first) => navigation.activateCluster(start, end, first) }),
        marks: html`${renderMarks({
          layout,
          events,
          shapes: loaded?.shapes ?? [],
          laneHeight: layouts.laneHeight,
          locale,
          direction: internals.direction,
          tabStop: rovingFocus.tabStop,
          featured: loaded?.featured ?? null,
          selected: host.selected,
          phrases: internals.phrases,
          isMatch: (position) => (later?.searching.isMatch(position) ?? true) && (!internals.reportedByTwoOnly || reportsOf(events[position]).count > 1),
          rowTop: (mark) => layouts.rowTop(mark),
          colorOf: (position) => internals.eventColor(events[position]),
          activate: (id) => detail.openFromMark(id),
          messages,
          isNew: (id) => internals.live?.isNew(id) ?? false,
          annotation: internals.annotation,
          keys: internals.markKeys,
          active: rovingFocus.active,
        })}${later?.annotation.render(internals.annotation)}`,
      })}${side ? detailView : nothing}</div>
      ${renderOverview({
        hidden: host.hideOverview || !showTimeline,
        bars: host.hideOverview ? [] : layouts.densityOf(loaded, time.axis, zoom.bounds, viewportSize.size.width, shown.positions()),
        brushRef: internals.brushRef,
      })}
      ${showTimeline || chronology ? renderLegend({
        groups: loaded?.groups ?? [],
        counts: loaded?.groupCounts ?? new Map(),
        hidden: groups.hidden,
        color: (band) => internals.bandColor(band),
        toggle: (id) => groups.toggle(id),
        messages,
      }) : nothing}
      ${showTimeline ? renderKey({ messages }) : nothing}
      <div class="live" role="status" aria-live="polite" aria-atomic="true">${isolate(selection.announcement)}</div>
      <div class="live" role="status" aria-live="polite" aria-atomic="true">${later?.searching.announcement ?? ''}</div>
      ${later?.lists.render('chronology', { shown: chronology, locale, messages, color, detail: () => detail.template({ locale, messages }) }) ?? nothing}
      ${side ? nothing : detailView}
      ${later?.lists.render('list', { shown: showList, locale, messages, color }) ?? nothing}
      ${later?.sourceView.render({ locale, messages }) ?? nothing}
      ${later?.print.render(loaded, { locale, headingLevel: host.headingLevel, messages }) ?? nothing}
    </div>
  `;
}
