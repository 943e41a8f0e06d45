import { en } from './en';
import type { LiveWords } from './messages';

/** A live story's English words (see en.ts). */
const liveEnglish: LiveWords = {
  liveControls: 'Live updates',
  liveNewUpdates: { one: '{count} new update', other: '{count} new updates' },
  livePause: 'Pause updates',
  liveResume: 'Resume updates',
  liveQueued: { one: '{count} update waiting', other: '{count} updates waiting' },
  liveAdded: { one: '{count} new event: {titles}', other: '{count} new events: {titles}' },
  liveChanged: { one: '{count} event updated: {titles}', other: '{count} events updated: {titles}' },
};

/** Gives the English catalog a live story's words: the live part calls it as it makes its controller. */
export function addLiveEnglish(): void {
  Object.assign(en, liveEnglish);
}
