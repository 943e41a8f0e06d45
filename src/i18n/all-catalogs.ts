import { provideCatalog } from './index';
import { ar } from './ar';
import { de } from './de';
import { es } from './es';
import { fa } from './fa';
import { fr } from './fr';
import { ps } from './ps';
import { ru } from './ru';

/**
 * Every built-in catalog at once, on import: for what renders in one go without loading a file per
 * language (the static HTML renderer, the command line). The timeline loads the one it needs instead.
 */
for (const [language, messages] of Object.entries({ fr, es, de, ru, ar, fa, ps })) provideCatalog(language, messages);
