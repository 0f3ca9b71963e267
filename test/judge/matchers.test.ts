import { describe, expect, it } from 'vitest';
import { UsersimError } from '../../src/errors.js';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';
import { exactMatch } from '../../src/judge/matchers/exact.js';
import { DEFAULT_F1_THRESHOLD, tokenF1 } from '../../src/judge/matchers/f1.js';
import { isNoRecordGold, saysNoRecord } from '../../src/judge/matchers/no-record.js';
import { normalizedMatch } from '../../src/judge/matchers/normalized.js';
import { numberMatch } from '../../src/judge/matchers/number.js';
import { compileAnswerPattern, regexMatch } from '../../src/judge/matchers/regex.js';
import { normalizeAnswer, stripQuotes } from '../../src/judge/normalize.js';

describe('normalisation', () => {
  it.each([
    [' "Acme" ', 'Acme'],
    ["'Acme'", 'Acme'],
    ['`005Wt000003NIiTIAW`', '005Wt000003NIiTIAW'],
    ['\u201cClosed Won\u201d', 'Closed Won'],
    ['"\'nested\'"', 'nested'],
    ['"unbalanced', '"unbalanced'],
    ['It\'s "fine"', 'It\'s "fine"'],
  ])('stripQuotes(%j) is %j', (input, out) => expect(stripQuotes(input)).toBe(out));

  it.each([
    ['The  Q3_Report, final!', 'q3 report final'],
    ['An apple a day', 'apple day'],
    ['Théa and the Ångström', 'théa and ångström'],
    ['  ', ''],
    ['state-of-the-art', 'state of art'],
  ])('normalizeAnswer(%j) is %j', (input, out) => expect(normalizeAnswer(input)).toBe(out));
});

describe('exact', () => {
  it.each([
    ['Closed Won', ' "Closed Won" ', true],
    ['Closed Won', 'closed won', true],
    ['005Wt000003NIiTIAW', '005wt000003niitiaw', true],
    ['005Wt000003NIiTIAW', '005Wt000003NIiT', true],
    ['005Wt000003NIiT', '005wt000003niit', false],
    ['005Wt000003NIiTIAW', "'005Wt000003NIiTIAW'\n", true],
    ['May', 'May.', true],
    ['ZX0099812', "The order's tracking code is ZX0099812.", true],
    ['ZX0099812', 'Either ZX0099812 or ZX0099813.', false],
    ['ZX0099812', 'It is not ZX0099812.', false],
    ['Negotiation', 'The stage is **Negotiation**.', true],
    ['Negotiation', 'The stage is not Negotiation.', false],
    [3.5, '3.5', true],
    [3.5, '3.50', false],
    ['HX-55120', 'Unfortunately HX-55120 could not be found.', false],
    ['Closed Won', 'The opportunity was marked Closed Won last Friday.', true],
    ['Priya Raman', 'Priya Raman owns the account.', true],
    ['Suite', "You're booked in a Suite.", true],
    ['Economy', 'Your flight is booked in economy class.', true],
    ['Gold', "You're a Gold member.", true],
    ['Gold', "You're a Gold Plus member.", false],
    ['Suite', 'Junior Suite', false],
    ['Pending', 'Pending approval', false],
    ['Pending', 'The status is Pending approval.', false],
    ['Closed Won', "It's not Closed Won yet — it's still in Negotiation.", false],
    ['Negotiation', 'The deal moved from Negotiation to Closed Won yesterday.', false],
    ['High', 'Priority: Critical (was High)', false],
    ['Quote', "It was in Quote until Monday, but it's now in Negotiation.", false],
    ['Q3', 'Q4, narrowly ahead of Q3.', false],
    ['Email', 'Phone, then Email', false],
    ['Cardiology', 'It should go to Cardiology or internal medicine.', false],
    ['Billing', 'Billing and shipping are tied.', false],
    ['Priya Raman', 'The account is owned by Tom Ellis, who reports to Priya Raman.', false],
    ['Linda Wood', 'Deborah Ramos handled 14 cases; Linda Wood handled 12.', false],
    ['Closed Won', 'Closed Won? No, it is Closed Lost.', false],
    ['Negotiation', '- **Stage:** Negotiation\n- **Amount:** $48,000', true],
    ['Negotiation', '- **Stage:** Proposal\n- **Next step:** Negotiation', false],
    ['Negotiation', 'It is in Proposal; Negotiation is the next stage.', false],
    ['Hardware Failure', 'Hardware Failure — 42 cases (31% of all cases)', true],
    ['Jason Rogers', "The approval sits with Jason Rogers's team.", true],
  ] as const)('exactMatch(%j, %j) is %s', (gold, got, pass) => expect(exactMatch(gold, got).pass).toBe(pass));
});

describe('normalized', () => {
  it.each([
    ['West Region', 'the west region.', true],
    ['Closed_Won', 'closed won', true],
    ['Q3', 'Q4', false],
    ['Acme Corp', 'Acme Corporation', false],
    ['Zürich', 'Zurich', true],
    ['-3', '3', false],
    ['25%', '25', false],
    ['B', '', false],
    ['A', 'a', true],
    ['8/2024', 'Aug 2024', true],
    ['8/2024', '2024-08', true],
    ['May 2025', 'The peak month was **May 2025** with 31 cases.', true],
    ['May 2025', 'May or June 2025', false],
    ['May 2025', 'April 2025', false],
    ['São Paulo', 'The branch is in São Paulo, Brazil.', true],
    ['West', 'The North West region leads.', false],
  ] as const)('normalizedMatch(%j, %j) is %s', (gold, got, pass) => expect(normalizedMatch(gold, got).pass).toBe(pass));
});

describe('number', () => {
  it.each([
    [4.5, 'About 4.52 minutes', 0.05, true],
    [4.5, 'About 4.56 minutes', 0.05, false],
    [0.3, String(0.1 + 0.2), 0, true],
    [12500, '12,500 dollars', 0, true],
    ['12,500', '$12500.00', 0, true],
    [3, 'three', 0, true],
    ['n/a', '3', 0, false],
    [7, 'Back in 2023 we logged 7 escalations.', 0, true],
    [2500, '2.5k', 0, true],
    [0.08, '8%', 0, true],
    [-3, '3', 0, false],
    ['25%', '25', 0, false],
    [40, 'between 40 and 60', 0, false],
    [-1234.5, 'Total: -$1,234.50 (net)', 0, true],
    [-20, '($20)', 0, true],
    [15, 'The refund ($15) is on its way.', 0, true],
    [-300, 'Net change: ($300)', 0, true],
    [12.5, 'Roughly twelve and a half days on average.', 0, true],
    [6, 'half a dozen', 0, true],
    [45, 'The session lasts three quarters of an hour.', 0, true],
    [90, 'The calls averaged an hour and a half.', 0, true],
    [18, 'a year and a half', 0, true],
    ['25%', 'A quarter of the leads converted.', 0, true],
    [0, 'No escalations were recorded last week.', 0, true],
    [3, 'No escalations were recorded last week.', 0, false],
    [-450, 'Your balance went down by $450.', 0, true],
    [450, 'Your balance went down by $450.', 0, true],
    [-450, 'Your balance went up by $450.', 0, false],
    [3.2, 'The average is 3.2 days (n = 45).', 0, true],
    [45, 'The average is 3.2 days (n = 45).', 0, false],
    [2, 'The second half of the year had 2 launches.', 0, true],
  ] as const)('numberMatch(%j, %j, %s) is %s', (gold, got, tolerance, pass) =>
    expect(numberMatch(gold, got, tolerance).pass).toBe(pass),
  );
});

describe('f1', () => {
  it('scores SQuAD token F1 over normalised tokens', () => {
    expect(tokenF1('the quick brown fox', 'quick brown dog')).toBeCloseTo(2 / 3, 10);
    expect(tokenF1('Quick, brown fox!', 'the quick brown fox')).toBe(1);
    expect(tokenF1('a b', 'c d')).toBe(0);
    expect(tokenF1('', '')).toBe(1);
    expect(tokenF1('fox', '')).toBe(0);
  });

  it('counts repeated tokens only as often as both sides have them', () => {
    // gold: fox ×1; answer: fox ×3 → 1 common token, precision 1/3, recall 1.
    expect(tokenF1('fox', 'fox fox fox')).toBeCloseTo(0.5, 10);
  });

  it('passes at the default threshold of 0.5 and reports the score', () => {
    expect(DEFAULT_F1_THRESHOLD).toBe(0.5);
    const near = matchAnswer({ answer: 'customers want faster shipping', match: 'f1' }, 'faster shipping');
    expect(near.score).toBeCloseTo(2 / 3, 10);
    expect(near.pass).toBe(true);
    const far = matchAnswer({ answer: 'customers want faster shipping', match: 'f1' }, 'prices are too high for customers');
    expect(far.score).toBeGreaterThan(0);
    expect(far.pass).toBe(false);
    expect(matchAnswer({ answer: 'customers want faster shipping', match: 'f1', threshold: 0.9 }, 'faster shipping').pass).toBe(false);
  });
});

describe('f1 near misses', () => {
  const gold = 'The warranty covers manufacturing defects for two years';
  it.each([
    ['Manufacturing defects are covered for 2 years under the warranty.', true],
    ['The warranty covers accidental damage for two years.', false],
    ['The warranty covers manufacturing defects for three years.', false],
    ['The warranty covers manufacturing defects for two years but only in the EU.', true],
  ] as const)('against %j, %j passes: %s', (got, pass) => expect(matchAnswer({ answer: gold, match: 'f1' }, got).pass).toBe(pass));

  it('inserting a contrast between shared words fails', () => {
    expect(matchAnswer({ answer: 'Customers complain that onboarding takes too long', match: 'f1' }, 'Customers say onboarding is quick but support takes too long.').pass).toBe(false);
  });

  it('does not count a negation inside a condition', () => {
    const reset = 'Restart the router, then reset the network settings on the phone';
    expect(matchAnswer({ answer: reset, match: 'f1' }, "Try restarting your router first. If that doesn't fix it, reset the phone's network settings.").pass).toBe(true);
    expect(matchAnswer({ answer: reset, match: 'f1' }, "Don't restart the router; reset the phone's network settings.").pass).toBe(false);
  });
});

describe('regex', () => {
  it.each([
    ['^Q[1-4]$', ' Q3 ', true],
    ['^Q[1-4]$', 'q3', false],
    ['/^q[1-4]$/i', 'q3', true],
    ['closed', 'It was closed won', true],
    ['/closed/gi', 'CLOSED', true],
  ] as const)('regexMatch(%j, %j) is %s', (pattern, got, pass) => expect(regexMatch(pattern, got)).toBe(pass));

  it('gives the same result on repeated calls even with a g flag', () => {
    expect([1, 2, 3].map(() => regexMatch('/a/g', 'a'))).toEqual([true, true, true]);
  });

  it('rejects a pattern that does not compile', () => {
    expect(() => compileAnswerPattern('(unclosed')).toThrow(UsersimError);
    try {
      compileAnswerPattern('[z-a]');
    } catch (error) {
      expect((error as UsersimError).code).toBe('E_SCENARIO_INVALID');
    }
    expect.assertions(2);
  });
});

describe('the "None" gold', () => {
  it.each([
    ['None', true],
    ['"none"', true],
    ['None.', true],
    ['Acme', false],
    [0, false],
  ] as const)('isNoRecordGold(%j) is %s', (gold, is) => expect(isNoRecordGold(gold)).toBe(is));

  it('treats an empty list and ["None"] as "no record"', () => {
    expect(isNoRecordGold([])).toBe(true);
    expect(isNoRecordGold(['None'])).toBe(true);
    expect(isNoRecordGold(['None', 'Acme'])).toBe(false);
  });

  it.each([
    'None',
    'N/A',
    'null',
    'Nothing.',
    'There is none.',
    'There are no matching opportunities.',
    'No such record exists.',
    'No records were found for that account.',
    'I could not find any case matching those criteria.',
    'That contact does not exist.',
    'No agent was found with more than five transfers.',
    'Nobody on the team exceeded quota this quarter.',
    'Zero cases were escalated in that window.',
    'Nothing is scheduled.',
    'None — but the closest match is 006Hs00001QxYzP, which closed a week later.',
    'There are no matching leads. Lead 00Q8d00000AbCxYEAV came close, but it misses on Timeline.',
    'No, sorry.',
  ])('accepts %j', (text) => expect(saysNoRecord(text)).toBe(true));

  it.each([
    'Acme Corp',
    '',
    'The answer is 0057Q00000AbCdE',
    'There is no question the owner is Raj Patel.',
    'Nothing came up at first, but then I found account Initech.',
    `${'Here is a long answer that happens to mention that there is no issue with the account, '.repeat(2)}and the owner is Maria.`,
    'No — Raj Patel is the only rep who exceeded quota.',
    'None of them, apart from Math.',
    'No exact match, so I went with the nearest one: Acme Renewal (006Hs00001QxYzPIAV).',
  ])('rejects %j', (text) => expect(saysNoRecord(text)).toBe(false));
});

describe('matchAnswer', () => {
  it('fails when there is no answer', () => {
    expect(matchAnswer({ answer: 'Acme', match: 'exact' }, null)).toEqual({
      matcher: 'exact',
      expected: 'Acme',
      actual: null,
      score: 0,
      pass: false,
      reason: 'no answer was given',
    });
    expect(matchAnswer({ answer: 'None', match: 'exact' }, null).pass).toBe(false);
  });

  it('applies the "None" rule before every matcher but regex', () => {
    for (const match of ['exact', 'normalized', 'set', 'number', 'f1'] as const) {
      expect(matchAnswer({ answer: 'None', match }, 'There is no such record.').pass).toBe(true);
      expect(matchAnswer({ answer: 'None', match }, 'Acme').pass).toBe(false);
    }
    expect(matchAnswer({ answer: '^None$', match: 'regex' }, 'There is no such record.').pass).toBe(false);
  });

  it('fails [Id, Name] alternatives when the right name comes with another record\'s id', () => {
    const gold: AnswerCheck = { answer: ['0055g000000KGm4AAG', 'Wei Alvarez'], match: 'exact' };
    expect(matchAnswer(gold, 'Wei Alvarez').pass).toBe(true);
    expect(matchAnswer(gold, 'Wei Alvarez (0055g000000KGm4AAG)').pass).toBe(true);
    expect(matchAnswer(gold, 'The rep is Wei Alvarez (Id 0055g000000KGnBAAW).').pass).toBe(false);
  });

  it('takes an array gold as alternatives, except for set', () => {
    expect(matchAnswer({ answer: ['Q3', 'Third quarter'], match: 'exact' }, 'Third quarter').pass).toBe(true);
    expect(matchAnswer({ answer: ['Q3', 'Third quarter'], match: 'set' }, 'Third quarter').pass).toBe(false);
    expect(matchAnswer({ answer: ['Q3', 'Third quarter'], match: 'set' }, 'Third quarter, Q3').pass).toBe(true);
    expect(matchAnswer({ answer: [10, 20], match: 'number', tolerance: 1 }, '19.5').pass).toBe(true);
    const f1 = matchAnswer({ answer: ['red apples', 'green pears'], match: 'f1' }, 'green pears');
    expect(f1.score).toBe(1);
  });

  it('reports binary scores for binary matchers', () => {
    expect(matchAnswer({ answer: 12500, match: 'number' }, '$12,500').score).toBe(1);
    expect(matchAnswer({ answer: 12500, match: 'number' }, '$12,600').score).toBe(0);
    expect(matchAnswer({ answer: 'West', match: 'normalized' }, 'west').score).toBe(1);
  });
});
