/** The hostile story (tests/fixtures/hostile-story.json): markup in every text, some invalid events. */
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import hostileStory from '../fixtures/hostile-story.json';
import { marks, mount, settle, until } from './harness';

export { hostileStory };

/** Its events that pass validation. */
export const VALID_HOSTILE_IDS = ['img-payload', 'script-payload', 'svg-payload', 'plain-event', 'evil-source-event'];

export type ProblemsEvent = CustomEvent<{ problems: { path: string; message: string; eventId?: string }[] }>;

/** The timeline-error events `el` fires from now on. */
export function errorsFrom(el: HTMLElement): ProblemsEvent[] {
  const seen: ProblemsEvent[] = [];
  el.addEventListener('timeline-error', (e) => seen.push(e as ProblemsEvent));
  return seen;
}

/** The hostile story with its title shown, zoomed to where its valid events are all drawn. */
export async function mountHostile(): Promise<{ el: HistoryTimeline; reports: ProblemsEvent[] }> {
  let reports: ProblemsEvent[] = [];
  // show-title: the toolbar shows the story's (hostile) title only when asked to.
  const el = await mount({ story: structuredClone(hostileStory), attributes: { 'show-title': '' }, before: (t) => (reports = errorsFrom(t)) });
  el.zoomTo('2020-02', '2021-12');
  await until(() => VALID_HOSTILE_IDS.every((id) => marks(el).some((m) => m.dataset.eventId === id)), 'every valid hostile event drawn');
  await settle(el);
  return { el, reports };
}
