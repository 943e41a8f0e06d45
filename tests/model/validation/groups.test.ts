import { describe, expect, test } from 'vitest';
import { validateStory } from '../../../src/model/validate';
import { governmentsEvent as event, governmentsStory as story, problemPaths as paths } from '../../support/validation-stories';

describe('groups', () => {
  test('valid groups are kept in order, and events name them', () => {
    const result = validateStory(story({
      groups: [{ id: 'g1', title: 'One' }, { id: 'g2', title: 'Two', color: '#b3261e' }],
      events: [event('a', { group: 'g2' }), event('b')],
    }));
    expect(result.problems).toEqual([]);
    expect(result.story!.groups).toEqual([{ id: 'g1', title: 'One' }, { id: 'g2', title: 'Two', color: '#b3261e' }]);
    expect(result.story!.events.find((e) => e.id === 'a')!.group).toBe('g2');
    expect(result.story!.events.find((e) => e.id === 'b')!.group).toBeUndefined();
  });

  test('bad groups are left out with a problem each; the rest stay', () => {
    const result = validateStory(story({ groups: [{ id: 'g1', title: 'One' }, { id: 'g1', title: 'Again' }, { title: 'No id' }, { id: 'g3' }, 'x'] }));
    expect(result.problems.map((p) => p.path)).toEqual(['groups[1].id', 'groups[2].id', 'groups[3].title', 'groups[4]']);
    expect(result.story!.groups!.map((g) => g.id)).toEqual(['g1']);
  });

  test('a colour too light to see on white is kept but warned about; an unreadable one is used as given', () => {
    const result = validateStory(story({ groups: [{ id: 'g1', title: 'Pale', color: '#ffeb3b' }, { id: 'g2', title: 'Named', color: 'rebeccapurple' }] }));
    expect(result.problems.map((p) => p.path)).toEqual(['groups[0].color']);
    expect(result.problems[0].message).toMatch(/less than 3:1 contrast against a white background/);
    expect(result.story!.groups!.map((g) => g.color)).toEqual(['#ffeb3b', 'rebeccapurple']);
  });

  test('groups that are not an array are reported', () => {
    expect(paths(story({ groups: {} }))).toEqual(['groups']);
  });
});

describe('groups: every problem word for word', () => {
  const problemsOf = (groups: unknown) => validateStory(story({ groups })).problems;

  test('no groups, or groups that are not an array, give the story no groups', () => {
    expect(validateStory(story({})).story!.groups).toBeUndefined();
    const result = validateStory(story({ groups: {} }));
    expect(result.problems).toEqual([{ path: 'groups', message: 'The story\'s groups must be an array, not an object.' }]);
    expect(result.story!.groups).toBeUndefined();
  });

  test('each bad group is named by its id, or by its place when it has none', () => {
    expect(problemsOf([{ id: 'g1', title: 'One' }, { id: 'g1', title: 'Again' }, { title: 'No id' }, { id: 'g3' }, 'x', { id: 'g5', title: 5 }])).toEqual([
      { path: 'groups[1].id', message: 'Group "g1" at groups[1] repeats an earlier group id; only the first is kept.' },
      { path: 'groups[2].id', message: 'Group at groups[2] has no id.' },
      { path: 'groups[3].title', message: 'Group "g3" has no title.' },
      { path: 'groups[4]', message: 'Group at groups[4] is not an object (it is a string).' },
      { path: 'groups[5].title', message: 'Group "g5": the title must be a string, not a number.' },
    ]);
  });

  test('a colour that is not a string is left out: the palette\'s colour is used', () => {
    const result = validateStory(story({ groups: [{ id: 'g1', title: 'One', color: 5 }] }));
    expect(result.problems).toEqual([{ path: 'groups[0].color', message: 'Group "g1": the colour must be a string, not a number. The palette\'s colour is used.' }]);
    expect(result.story!.groups).toStrictEqual([{ id: 'g1', title: 'One' }]);
  });

  test('a title over 300 characters is cut with a problem; the group is kept', () => {
    const result = validateStory(story({ groups: [{ id: 'g1', title: 'g'.repeat(400) }] }));
    expect(result.problems).toEqual([{ path: 'groups[0].title', message: 'Group "g1": the title is 400 characters long, longer than the 300 allowed; it is cut to 300.' }]);
    expect(result.story!.groups).toEqual([{ id: 'g1', title: `${'g'.repeat(299)}…` }]);
  });

  test('CSS colours in every syntax are kept as written', () => {
    const colors = ['#b3261e', 'rgb(179 38 30)', 'rgba(179, 38, 30, 0.9)', 'hsl(4 71% 41%)', 'hsla(4, 71%, 41%, 1)', 'oklch(50% 0.17 29)', 'oklab(0.5 0.14 0.07)', 'lab(40% 55 42)', 'lch(40% 70 37)', 'hwb(4 12% 30%)', 'Teal', 'darkslategray'];
    const result = validateStory(story({ groups: colors.map((color, i) => ({ id: `g${i}`, title: color, color })) }));
    expect(result.problems).toEqual([]);
    expect(result.story!.groups!.map((g) => g.color)).toEqual(colors);
  });

  test('a colour that is not CSS colour syntax is left out with a problem; the palette\'s colour is used and nothing is fetched', () => {
    const hostile = ['url(http://tracker.example/beacon)', 'image-set("x.png" 1x)', 'var(--x)', 'expression(alert(1))', '\\75rl(http://tracker.example/x)', 'red; background: url(x)', 'rgb(calc(1) 2 3)', 'currentcolor'];
    const result = validateStory(story({ groups: hostile.map((color, i) => ({ id: `g${i}`, title: 'G', color })) }));
    expect(result.problems).toEqual(hostile.map((color, i) => ({
      path: `groups[${i}].color`,
      message: `Group "g${i}": ${JSON.stringify(color)} is not a CSS colour; write a hex colour, rgb(), hsl(), oklch() or lab() with plain numbers, or a colour name such as "teal". The palette's colour is used.`,
    })));
    expect(result.story!.groups!.every((g) => !('color' in g))).toBe(true);
  });
});
