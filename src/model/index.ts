/**
 * The story model without the element: the validator, the EDTF parser, date phrases and the story
 * types. Package export `history-timeline/story`: no DOM, no Lit, so a CMS or a server can check a
 * story before publishing it. The package entry re-exports all of it beside the element.
 */
import './luxon-dates';
import './time-phrase';

export * from './exports';
// For apps and tools (the editor, the command line), not what history-timeline.js exports: the
// reader derives these itself.
export { corroborate, datesAgree, type Corroboration, type CorroborationInput, type SourceReading } from './corroboration';
export { sourceName, sourceNamer, sourcesDifferPhrase, type CorroborationWords } from './corroboration-phrase';
export { locateQuote, splitAtQuote, type QuoteContext, type QuoteRange, type QuoteSplit } from './quote';
