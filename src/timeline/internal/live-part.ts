import { LiveController } from '../controllers/live-controller';
import { live } from '../styles/live';
import type { TimelineHost, TimelineInternals } from './timeline-internals';

/** The live bar's and new marks' sheet, which the element adds after its own. */
export const liveStyles = live;

/** A live story's controller, wired to the element's others (see ../parts.ts: loaded only for a live story). */
export function createLive(host: TimelineHost, internals: TimelineInternals): LiveController {
  const { zoom, time } = internals;
  return new LiveController(host, {
    story: () => internals.loaded?.story ?? null,
    show: (story) => internals.showLiveStory(story),
    report: (problems) => internals.report(problems),
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
