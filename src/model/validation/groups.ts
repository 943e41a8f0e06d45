/** A story's groups: the named sets its events belong to, each drawn in its own colour. */
import { isCssColor, isReadableMarkColor } from '../color';
import type { Group } from '../types';
import { at, isNonEmptyString, isObject, lengthOf, read } from './json-read';
import { Problems, kind, limited, mustBeString, quote } from './problems';
import { MAX_TITLE } from '../text-limit';

/**
 * The story's groups: each needs a unique id and a title. A colour is kept as given when it is a CSS
 * colour, with a problem when it can be read and falls under 3:1 against a white background (the
 * element then draws the group with its palette's colour instead, see views/groups.ts); anything
 * else (`url(…)`, `var(…)`) is left out with a problem, so no story can make the page fetch a URL.
 */
export function validateGroups(raw: unknown[], problems: Problems): Group[] {
  const groups: Group[] = [];
  const seen = new Set<string>();
  const n = lengthOf(raw);
  for (let i = 0; i < n; i++) {
    const value = at(raw, i);
    const path = `groups[${i}]`;
    if (!isObject(value)) {
      problems.add(path, `Group at ${path} is not an object (it is ${kind(value)}).`);
      continue;
    }
    const id = read(value, 'id');
    const title = read(value, 'title');
    const name = isNonEmptyString(id) ? `Group ${quote(id)}` : `Group at ${path}`;
    if (!isNonEmptyString(id)) {
      problems.add(`${path}.id`, `${name} has no id.`);
      continue;
    }
    if (seen.has(id)) {
      problems.add(`${path}.id`, `${name} at ${path} repeats an earlier group id; only the first is kept.`);
      continue;
    }
    if (!isNonEmptyString(title)) {
      problems.add(`${path}.title`, title === undefined || typeof title === 'string' ? `${name} has no title.` : `${name}: ${mustBeString('the title', title)}`);
      continue;
    }
    seen.add(id);
    const group: Group = { id, title: limited(title, MAX_TITLE, `${path}.title`, `${name}: the title`, problems) };
    const color = read(value, 'color');
    if (color !== undefined) {
      if (typeof color !== 'string') problems.add(`${path}.color`, `${name}: ${mustBeString('the colour', color)} The palette's colour is used.`);
      else if (!isCssColor(color)) {
        problems.add(`${path}.color`, `${name}: ${quote(color)} is not a CSS colour; write a hex colour, rgb(), hsl(), oklch() or lab() with plain numbers, or a colour name such as "teal". The palette's colour is used.`);
      } else {
        group.color = color;
        if (isReadableMarkColor(color) === false) {
          problems.add(`${path}.color`, `${name}: the colour ${quote(color)} has less than 3:1 contrast against a white background, so its marks would be hard to see; the element uses its palette's colour there instead.`);
        }
      }
    }
    groups.push(group);
  }
  return groups;
}
