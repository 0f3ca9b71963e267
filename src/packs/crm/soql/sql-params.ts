/**
 * Named parameters for one compiled statement. Every literal of a query goes
 * into the statement as a bound parameter, never into the SQL text, so no
 * quoting mistake can turn a value into SQL. Names (`@p0`, `@p1`, …) rather
 * than positions let clauses be assembled in any order.
 */
export class SqlParams {
  /** The values to bind, by name without the `@`. */
  readonly values: Record<string, string | number | null> = {};
  private count = 0;

  /** Registers a value and returns its placeholder. */
  add(value: string | number | null): string {
    const name = `p${this.count++}`;
    this.values[name] = value;
    return `@${name}`;
  }
}
