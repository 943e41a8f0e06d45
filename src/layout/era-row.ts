/**
 * The era row at the top of the timeline: each era's title and the publication rule's label, placed
 * so that none overlaps another. Pure; no DOM. Its own module: it comes with the later parts, and
 * until they load the titles take their bands (see LayoutController.layoutEraRow).
 */
import type { PlacedEra } from './eras';

/** A stretch of the era row in px from the inline start: `[left, right)`. */
export interface RowSpan {
  left: number;
  right: number;
}

/** Room between the rule and its label, and between what shares the era row. */
export const ERA_ROW_GAP_PX = 4;
/** A title gets at least this much room (a letter and an ellipsis), or none and its text is hidden. */
export const MIN_ERA_TITLE_PX = 28;

/** A title keeps at least this much of its room when the publication label comes into its band, or the label gives way. */
export const KEPT_ERA_TITLE_PX = 72;

export interface EraRow {
  /** Each placed era's title box, in the order given. */
  titles: EraTitleBox[];
  /** The publication label's place, after its rule or before it; null when it is out of view or gives way to the titles. */
  label: (RowSpan & { after: boolean }) | null;
}

/**
 * The era row: each era's title (placeEraTitles) and the publication rule's label, which goes
 * before its rule, else after it, wherever it stays in view and leaves every title it meets at least
 * KEPT_ERA_TITLE_PX (or its whole width if less); where neither side does, the label is left out
 * and the rule stays. `publication.labelWidth` is the label's measured text width.
 */
export function layoutEraRow(
  placed: readonly PlacedEra[],
  titleWidth: (era: number) => number,
  publication: { x: number; labelWidth: number } | null,
  width: number,
): EraRow {
  const alone = placeEraTitles(placed, titleWidth, []);
  if (!publication) return { titles: alone, label: null };
  const { x, labelWidth } = publication;
  const sides = [
    { left: x - ERA_ROW_GAP_PX - labelWidth, right: x - ERA_ROW_GAP_PX, after: false },
    { left: x + ERA_ROW_GAP_PX, right: x + ERA_ROW_GAP_PX + labelWidth, after: true },
  ];
  for (const label of sides) {
    if (label.left < 0 || label.right > width) continue;
    const titles = placeEraTitles(placed, titleWidth, [label]);
    const kept = titles.every((t, i) => t.right - t.left >= Math.min(alone[i].right - alone[i].left, KEPT_ERA_TITLE_PX));
    if (kept) return { titles, label };
  }
  return { titles: alone, label: null };
}

export interface EraTitleBox extends RowSpan {
  /** Its text is longer than the room: it is shown from its start and ends in an ellipsis. */
  cut: boolean;
}

/**
 * Each placed era's title box in the era row: from the start of its band (or of the first free
 * stretch of it) to the end of its text, never past its band nor over anything in `taken` (the
 * publication label). A title with less than MIN_ERA_TITLE_PX of room gets an empty box (`left ===
 * right`): its text is hidden, rather than showing a slice of it. `titleWidth` includes padding.
 */
export function placeEraTitles(placed: readonly PlacedEra[], titleWidth: (era: number) => number, taken: readonly RowSpan[]): EraTitleBox[] {
  return placed.map((p) => {
    const room = firstFreeSpan({ left: p.x0, right: p.x1 }, taken);
    if (!room || room.right - room.left < MIN_ERA_TITLE_PX) return { left: p.x0, right: p.x0, cut: true };
    const wanted = titleWidth(p.era);
    return { left: room.left, right: Math.min(room.right, room.left + wanted), cut: wanted > room.right - room.left };
  });
}

/** The first stretch of `band` (from its start) clear of every span in `taken` by ERA_ROW_GAP_PX, at least MIN_ERA_TITLE_PX wide. */
function firstFreeSpan(band: RowSpan, taken: readonly RowSpan[]): RowSpan | null {
  const blocks = taken
    .filter((t) => t.right + ERA_ROW_GAP_PX > band.left && t.left - ERA_ROW_GAP_PX < band.right)
    .sort((a, b) => a.left - b.left);
  let left = band.left;
  for (const block of blocks) {
    const right = Math.min(band.right, block.left - ERA_ROW_GAP_PX);
    if (right - left >= MIN_ERA_TITLE_PX) return { left, right };
    left = Math.max(left, block.right + ERA_ROW_GAP_PX);
  }
  return band.right - left >= MIN_ERA_TITLE_PX ? { left, right: band.right } : null;
}
