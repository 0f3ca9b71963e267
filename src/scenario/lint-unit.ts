/**
 * A `unit` says what time unit a `number` gold is in; on any other matcher it
 * would be silently ignored, so it is a scenario error wherever a check can
 * carry one: the check itself and each of its `any_of` / `all_of` items.
 */
import type { PathSegment, ScenarioProblem } from './problem.js';
import type { AnswerCheckSchema } from './schema.js';
import type { z } from 'zod';

type Check = Pick<z.infer<typeof AnswerCheckSchema>, 'match' | 'unit'>;

/** Problems with `unit` on `check` (at `base`) and on its `any_of` / `all_of` items. */
export function lintUnits(check: Check & { any_of?: readonly Check[] | undefined; all_of?: readonly Check[] | undefined }, base: PathSegment[]): ScenarioProblem[] {
  const out: ScenarioProblem[] = [];
  const one = (c: Check, path: PathSegment[]): void => {
    if (c.unit !== undefined && c.match !== 'number') out.push({ path: [...path, 'unit'], message: `unit applies only to match: number (match is ${c.match})` });
  };
  one(check, base);
  for (const key of ['any_of', 'all_of'] as const) check[key]?.forEach((item, i) => one(item, [...base, key, i]));
  return out;
}
