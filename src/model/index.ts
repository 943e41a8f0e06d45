/**
 * The story model without the element: the validator, the EDTF parser, date phrases and the story
 * types. Package export `history-timeline/story`: no DOM, no Lit, so a CMS or a server can check a
 * story before publishing it. The package entry re-exports all of it beside the element.
 */
import './luxon-dates';
import './time-phrase';

export * from './exports';
