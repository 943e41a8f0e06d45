import { addLiveEnglish } from '../../i18n/live-english';
import { LiveController } from '../controllers/live-controller';
import { live } from '../styles/live';
import type { TimelineHost, TimelineInternals } from './timeline-internals';
import type { Said } from '../../model/validation/problems';

/**
 * A live story's controller, wired to the element's others (see ../parts.ts: loaded only for a live
 * story); `sentence` words the validator's problems (from the later parts).
 */
export function createLive(host: TimelineHost, internals: TimelineInternals, sentence: (said: Said | string) => string): LiveController {
  addLiveEnglish();
  // The live bar's and new marks' sheet, after the element's.
  const root = host.shadowRoot;
  if (root && live.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, live.styleSheet];
  const { zoom, time } = internals;
  return new LiveController(host, {
    story: () => internals.loaded?.story ?? null,
    show: (story) => {
      // The merged story in place of the one shown, on the same view (the axis keeps the real window).
      const loaded = internals.validated(story);
      internals.loaded = loaded;
      // An updated event's date phrase is made again.
      internals.phrases.clear();
      time.setMode(loaded, internals.timeScaleMode);
      internals.later?.searching.prepare(loaded);
      host.requestUpdate();
    },
    report: (problems) => internals.report(problems),
    sentence,
    reveal: (event) => zoom.reveal(time.axis.toAxis(event.calendar.startMs), time.axis.toAxis(event.calendar.endMs)),
    moving: () => zoom.moving,
    src: () => host.src,
    seconds: () => host.live,
    drawn: () => internals.layouts.layout.marks.map((m) => internals.events[m.event].id),
    messages: () => internals.messages,
    view: () => internals.view,
    focusPause: () => host.renderRoot.querySelector<HTMLElement>('.live-pause')?.focus(),
    // The reader (or the page) moved the view before this part loaded: nothing to follow.
    followsAtFirst: () => {
      const w = zoom.window;
      return !w || !zoom.bounds || (Math.abs(w.start - zoom.bounds.start) < 1 && Math.abs(w.end - zoom.bounds.end) < 1);
    },
  });
}
