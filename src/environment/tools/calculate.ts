/**
 * The built-in `calculate` function (τ²-bench's `calculate` tool): evaluates
 * an arithmetic expression of numbers, `+ - * /`, unary minus and
 * parentheses, and returns the result rounded to two decimals. It is a small
 * recursive-descent parser rather than `eval` or a library, because the agent
 * writes the expression and nothing else may run; no maintained package does
 * only this.
 */
import { UsersimError } from '../../errors.js';

function fail(message: string): never {
  throw new UsersimError('E_TOOL_ARGS', message);
}

/**
 * Evaluates `expression`, rounded to two decimals. Throws `E_TOOL_ARGS` on
 * anything but numbers, operators and parentheses, and on division by zero.
 *
 * @example calculate('(1299.99 - 250) * 0.9') // 944.99
 */
export function calculate(expression: string): number {
  if (!/^[\d\s.+\-*/()]*$/.test(expression)) fail(`calculate: invalid characters in expression ${JSON.stringify(expression)} (numbers, + - * / and parentheses only)`);
  const tokens = expression.match(/\d+(?:\.\d*)?|\.\d+|[+\-*/()]/g) ?? [];
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const take = (): string | undefined => tokens[i++];

  const primary = (): number => {
    const t = take();
    if (t === undefined) return fail('calculate: the expression ends too early');
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (t === '(') {
      const v = sum();
      if (take() !== ')') fail('calculate: a "(" is not closed');
      return v;
    }
    const n = Number(t);
    return Number.isFinite(n) ? n : fail(`calculate: unexpected "${t}"`);
  };
  const product = (): number => {
    let v = primary();
    while (peek() === '*' || peek() === '/') {
      const op = take();
      const r = primary();
      if (op === '/' && r === 0) fail('calculate: division by zero');
      v = op === '*' ? v * r : v / r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (peek() === '+' || peek() === '-') v = take() === '+' ? v + product() : v - product();
    return v;
  };

  if (tokens.length === 0) fail('calculate: the expression is empty');
  const value = sum();
  if (i < tokens.length) fail(`calculate: unexpected "${tokens[i]}"`);
  return Math.round((value + Number.EPSILON) * 100) / 100;
}
