import type { CSSResultOrNative } from 'lit';
import { tokens } from '../../styles/tokens';
import { base } from './base';
import { toolbar } from './toolbar';
import { viewport } from './viewport';
import { erasAndGroups } from './eras-and-groups';
import { marks } from './marks';
import { overviewAndKey } from './overview-and-key';
import { detail } from './detail';
import { messages } from './messages';
import { forcedColors } from './forced-colors';

/**
 * The timeline's stylesheet, one file per region, after the tokens it shares with the editor, in
 * cascade order, which matters: a later rule of the same weight wins, so the print and
 * forced-colours overrides come last. The sheets of the parts loaded after the first frame (the
 * list and chronology, the source view, story mode, pictures, print) take their places once they arrive.
 */
export const FIRST_FRAME_STYLES = [tokens, base, toolbar, viewport, erasAndGroups, marks, overviewAndKey, detail, messages, forcedColors];

/** The later parts' sheets (see ../internal/later-parts.ts). */
export interface LaterStyles {
  listAndChronology: CSSResultOrNative;
  sources: CSSResultOrNative;
  storyMode: CSSResultOrNative;
  print: CSSResultOrNative;
  annotation: CSSResultOrNative;
  media: CSSResultOrNative;
  overviewWindow: CSSResultOrNative;
  keyEntries: CSSResultOrNative;
}

/** An element's sheets with the later parts' put in their places: the annotation, the list, sources, story mode, pictures, the overview's window and the key's entries before messages; print before forced colours. */
export function withLaterStyles(sheets: readonly CSSResultOrNative[], later: LaterStyles): CSSResultOrNative[] {
  const all = [...sheets];
  all.splice(all.indexOf(messages), 0, later.annotation, later.listAndChronology, later.sources, later.storyMode, later.media, later.overviewWindow, later.keyEntries);
  all.splice(all.indexOf(forcedColors), 0, later.print);
  return all;
}
