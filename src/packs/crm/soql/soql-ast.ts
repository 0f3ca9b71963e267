/**
 * The syntax tree of a parsed SOQL query. Names are kept as written (the
 * compiler resolves them case-insensitively against the org schema), and every
 * node keeps its offset in the query text for error positions.
 */

/** A field reference, possibly through parent relationships: `Account.Owner.Name` is `['Account', 'Owner', 'Name']`. */
export interface FieldRef {
  kind: 'field';
  path: string[];
  offset: number;
}

/** Date functions usable in SELECT, WHERE, GROUP BY, HAVING and ORDER BY. */
export type DateFunctionName =
  | 'CALENDAR_YEAR'
  | 'CALENDAR_QUARTER'
  | 'CALENDAR_MONTH'
  | 'DAY_IN_MONTH'
  | 'DAY_IN_WEEK'
  | 'DAY_IN_YEAR'
  | 'WEEK_IN_MONTH'
  | 'WEEK_IN_YEAR'
  | 'HOUR_IN_DAY'
  | 'DAY_ONLY'
  | 'FISCAL_YEAR'
  | 'FISCAL_QUARTER'
  | 'FISCAL_MONTH';

/** `CALENDAR_YEAR(CreatedDate)`; `convertTimezone()` around the field is accepted and ignored (the org runs in UTC). */
export interface DateFunctionCall {
  kind: 'dateFunction';
  name: DateFunctionName;
  arg: FieldRef;
  offset: number;
}

/** Aggregate functions. */
export type AggregateName = 'COUNT' | 'COUNT_DISTINCT' | 'SUM' | 'AVG' | 'MIN' | 'MAX';

/** An aggregate; `arg` is null only for `COUNT()`. */
export interface AggregateCall {
  kind: 'aggregate';
  name: AggregateName;
  arg: FieldRef | DateFunctionCall | null;
  offset: number;
}

/** `FIELDS(ALL)`, `FIELDS(STANDARD)` or `FIELDS(CUSTOM)` in a SELECT list. */
export interface FieldsCall {
  kind: 'fields';
  scope: 'ALL' | 'STANDARD' | 'CUSTOM';
  offset: number;
}

/** Anything that yields a value in a row. */
export type ValueExpr = FieldRef | DateFunctionCall | AggregateCall;

/** One item of the SELECT list, with its alias when it has one. */
export interface SelectItem {
  expr: ValueExpr | FieldsCall;
  alias?: string;
  offset: number;
}

/** A literal on the right of a comparison. Datetimes are already normalised to UTC `YYYY-MM-DDTHH:MM:SSZ`. */
export type Literal =
  | { kind: 'string'; value: string; like: string; offset: number }
  | { kind: 'number'; value: number; text: string; offset: number }
  | { kind: 'boolean'; value: boolean; offset: number }
  | { kind: 'null'; offset: number }
  | { kind: 'date'; value: string; offset: number }
  | { kind: 'datetime'; value: string; offset: number }
  /** A relative date range such as `LAST_N_DAYS:30`; `n` is set for the `_N_` forms. */
  | { kind: 'dateLiteral'; name: string; n?: number; offset: number };

/** Comparison operators; `<>` is read as `!=`. */
export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE';

/** A WHERE or HAVING condition. */
export type Condition =
  | { kind: 'and' | 'or'; items: Condition[] }
  | { kind: 'not'; item: Condition; offset: number }
  | { kind: 'compare'; left: ValueExpr; op: ComparisonOperator; right: Literal; offset: number }
  | { kind: 'in'; left: ValueExpr; negated: boolean; values: Literal[]; offset: number }
  /** `Id IN (SELECT AccountId FROM Opportunity …)`: a semi-join, or an anti-join when negated. */
  | { kind: 'semiJoin'; left: ValueExpr; negated: boolean; query: SoqlQuery; offset: number };

/** One ORDER BY item. */
export interface OrderItem {
  expr: ValueExpr;
  descending: boolean;
  /** Absent means Salesforce's default: nulls first when ascending, last when descending. */
  nulls?: 'FIRST' | 'LAST';
}

/** A whole SELECT statement (also a semi-join subquery). */
export interface SoqlQuery {
  select: SelectItem[];
  from: { object: string; alias?: string; offset: number };
  where?: Condition;
  groupBy?: ValueExpr[];
  having?: Condition;
  orderBy?: OrderItem[];
  limit?: { value: number; offset: number };
  offset?: { value: number; offset: number };
}
