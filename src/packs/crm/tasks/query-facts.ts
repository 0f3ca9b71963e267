/**
 * The facts a user of a database-querying task holds, with the descriptions
 * and cues the simulated user and the agents go by. A time window is two
 * facts, its first and last day, which share the cues of "the period" so
 * that one question about the period can get both.
 */
import type { PeriodWindow } from './period-window.js';
import type { QueryFact } from './query-scenario.js';

const PERIOD_CUES = ['period', 'time frame', 'timeframe', 'time range', 'date range', 'time window', 'dates', 'which months', 'which quarter'];

/** `period_start` and `period_end`, the window's first and last day. */
export function periodFacts(window: PeriodWindow, withheld: boolean): QueryFact[] {
  return [
    { id: 'period_start', text: 'the first day of the period', value: window.start, cues: ['start date', 'first day', 'from when', 'begin', ...PERIOD_CUES], withheld },
    { id: 'period_end', text: 'the last day of the period', value: window.end, cues: ['end date', 'last day', 'until when', 'through when', ...PERIOD_CUES], withheld },
  ];
}

/** The product a question is about, by name. */
export function productFact(name: string, withheld: boolean): QueryFact {
  return { id: 'product', text: 'the product', value: name, cues: ['product', 'which device', 'which model', 'item'], withheld };
}

/** The issue type (Issue__c) a question is about, by name. */
export function issueFact(name: string, withheld: boolean): QueryFact {
  return { id: 'issue', text: 'the issue type', value: name, cues: ['issue', 'problem', 'kind of case', 'type of case', 'category'], withheld };
}

/** The customer account a question is about, by name. */
export function accountFact(name: string, withheld: boolean, b2b: boolean): QueryFact {
  const cues = b2b ? ['account', 'company', 'customer', 'client'] : ['account', 'customer', 'client', 'whose'];
  return { id: 'account', text: b2b ? 'the customer company' : 'the customer', value: name, cues, withheld };
}

/** The sales representative a question is about, by name. */
export function repFact(name: string, withheld: boolean): QueryFact {
  return { id: 'rep', text: 'the sales rep', value: name, cues: ['rep', 'representative', 'salesperson', 'which agent', 'who', 'whose'], withheld };
}
