import { ar } from './ar';
import { de } from './de';
import { es } from './es';
import { fa } from './fa';
import { fr } from './fr';
import type { Messages } from './messages';
import { ps } from './ps';
import { ru } from './ru';

/**
 * Every built-in catalog but English, by language subtag: the file a timeline loads the first time
 * it speaks one of these languages (see index.ts), and what renders in one go gives it at once (the
 * static HTML renderer, the command line).
 */
export const OTHER_CATALOGS: Readonly<Record<string, Messages>> = { fr, es, de, ru, ar, fa, ps };
