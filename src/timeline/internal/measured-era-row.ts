import { layoutEraRow } from '../../layout/era-row';
import type { PlacedEra } from '../../layout/eras';
import type { LoadedStory } from '../loaded-story';
import type { EraRowLayout, EraRowLayouter } from '../controllers/layout-controller';
import { TextMeasure } from '../text-measure';
import { AXIS_FONT_PX, ERA_TITLE_EM, ERA_TITLE_PAD_PX } from '../views/metrics';

/**
 * The era row laid out (layout/era-row.ts) with the titles and the publication label measured in
 * the element's fonts. A later part: until it loads, each era's title takes its band.
 */
export class MeasuredEraRow implements EraRowLayouter {
  private readonly titleMeasure = new TextMeasure();
  private readonly labelMeasure = new TextMeasure();

  readMetrics(style: CSSStyleDeclaration, family: string): void {
    this.titleMeasure.setFont(`600 ${(parseFloat(style.getPropertyValue('--_font-size')) || 14) * ERA_TITLE_EM}px ${family}`);
    this.labelMeasure.setFont(`${AXIS_FONT_PX}px ${family}`);
  }

  layout(story: LoadedStory, placed: PlacedEra[], width: number, publication: { x: number | null; label: string }): EraRowLayout {
    const titleWidth = (era: number) => Math.ceil(this.titleMeasure.width(story.eras[era].title)) + 2 * ERA_TITLE_PAD_PX;
    const label = publication.x === null ? null : { x: publication.x, labelWidth: Math.ceil(this.labelMeasure.width(publication.label)) };
    const row = layoutEraRow(placed, titleWidth, label, width);
    return { placed, titles: row.titles, publicationLabel: row.label ? (row.label.after ? 'after' : 'before') : 'none' };
  }
}
