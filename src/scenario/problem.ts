/**
 * A problem found in a scenario before it is tied to a place in a file. Schema
 * checks and lints both speak in paths into the scenario document; the loader
 * then maps each path to the `line:col` of the YAML node it names. Keeping the
 * two steps apart lets scenarios built in code be linted without any YAML.
 */

/** One step into a scenario document: a mapping key or a list index. */
export type PathSegment = string | number;

/** A problem at a path in a scenario document. */
export interface ScenarioProblem {
  /** Where the problem is, e.g. `['user', 'facts', 1, 'disclose']`; the printed path. */
  path: PathSegment[];
  message: string;
  /**
   * Point at this key of the mapping at `path` rather than at the mapping
   * itself; used for unknown keys, whose value is not what is wrong.
   */
  key?: string;
}

const identifier = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Prints a path the way scenario authors read it: `user.facts[1].disclose`.
 * Keys that are not plain identifiers are bracketed and quoted.
 *
 * @example formatPath(['user', 'facts', 1, 'disclose']) // 'user.facts[1].disclose'
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (identifier.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
