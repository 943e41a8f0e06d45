/**
 * The timeline's stylesheet, one file per region, after the tokens it shares with the editor. The
 * element lists them in cascade order, which matters: a later rule of the same weight wins, so the
 * print and forced-colours overrides come last.
 */
export { tokens } from '../../styles/tokens';
export { base } from './base';
export { toolbar } from './toolbar';
export { viewport } from './viewport';
export { erasAndGroups } from './eras-and-groups';
export { marks } from './marks';
export { overviewAndKey } from './overview-and-key';
export { detail } from './detail';
export { listAndChronology } from './list-and-chronology';
export { sources } from './sources';
export { storyMode } from './story-mode';
export { messages } from './messages';
export { print } from './print';
export { forcedColors } from './forced-colors';
