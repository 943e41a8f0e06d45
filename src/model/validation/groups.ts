/** A story's groups: the named sets its events belong to, each drawn in its own colour. */
import { isCssColor, isReadableMarkColor } from '../color';
import type { Group } from '../types';
import { at, isNonEmptyString, isObject, lengthOf, read } from './json-read';
import { Problems, type Said, kind, limited, mustBeString } from './problems';
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
      problems.add(path, ['groupNotObject', path, kind(value)]);
      continue;
    }
    const id = read(value, 'id');
    const title = read(value, 'title');
    const name: Said = ['group', path, isNonEmptyString(id) ? id : null];
    if (!isNonEmptyString(id)) {
      problems.add(`${path}.id`, ['noId', name]);
      continue;
    }
    if (seen.has(id)) {
      problems.add(`${path}.id`, ['groupTwice', name, path]);
      continue;
    }
    if (!isNonEmptyString(title)) {
      problems.add(`${path}.title`, title === undefined || typeof title === 'string' ? ['noTitle', name] : ['named', name, mustBeString('the title', title)]);
      continue;
    }
    seen.add(id);
    const group: Group = { id, title: limited(title, MAX_TITLE, `${path}.title`, ['the', name, 'title'], problems) };
    const color = read(value, 'color');
    if (color !== undefined) {
      if (typeof color !== 'string') problems.add(`${path}.color`, ['colorNotString', name, kind(color)]);
      else if (!isCssColor(color)) {
        problems.add(`${path}.color`, ['notColor', name, color]);
      } else {
        group.color = color;
        if (isReadableMarkColor(color) === false) {
          problems.add(`${path}.color`, ['faintColor', name, color]);
        }
      }
    }
    groups.push(group);
  }
  return groups;
}
