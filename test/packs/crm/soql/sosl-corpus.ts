/**
 * The SOSL corpus: searches over the fixture org's FTS5 tables, each with the
 * records worked out by hand from `fixture-org.ts`. FTS5's default tokenizer
 * splits on anything but letters and digits and folds case, so
 * `ann.lee@acme.com` is the tokens ann, lee, acme, com. Entries whose objects
 * all have an ORDER BY (or that return one record per object) are compared in
 * order; the rest as multisets, since relevance ties are not specified.
 */
import { A, C, K, KA, P, U } from './fixture-org.js';

export interface SoslEntry {
  sosl: string;
  rows: Record<string, unknown>[];
  ordered?: boolean;
}

const caseRow = (n: number) => ({ Id: K[n], CaseNumber: `0000${1000 + n}` });

export const SOSL_CORPUS: SoslEntry[] = [
  {
    sosl: 'FIND {widget} IN NAME FIELDS RETURNING Product2(Name ORDER BY Name)',
    rows: [
      { Id: P[2], Name: 'Widget Lite' },
      { Id: P[1], Name: 'Widget Pro' },
    ],
    ordered: true,
  },
  { sosl: 'FIND {widget} RETURNING Case(CaseNumber)', rows: [1, 3, 7, 9, 12].map(caseRow) },
  {
    sosl: 'FIND {overheat*} RETURNING Case(Subject WHERE IsEscalated = TRUE ORDER BY CaseNumber), Knowledge__kav(Title)',
    rows: [
      { Id: K[1], Subject: 'Widget overheating' },
      { Id: K[3], Subject: 'Widget overheating again' },
      { Id: K[9], Subject: 'Widget overheating in lab' },
      { Id: KA[2], Title: 'Widget overheating troubleshooting' },
    ],
    ordered: true,
  },
  {
    sosl: 'FIND {ann.lee@acme.com} IN EMAIL FIELDS RETURNING Contact(Name, Account.Name)',
    rows: [{ Id: C[1], Name: 'Ann Lee', Account: { Name: 'Acme Corporation' } }],
    ordered: true,
  },
  { sosl: 'FIND {"password reset"} RETURNING Case(CaseNumber ORDER BY CaseNumber), Knowledge__kav(Title)', rows: [2, 8].map(caseRow), ordered: true },
  { sosl: 'FIND {widget AND NOT overheating} RETURNING Case(CaseNumber ORDER BY CaseNumber)', rows: [7, 12].map(caseRow), ordered: true },
  {
    sosl: 'FIND {refund OR shipping} RETURNING Knowledge__kav(Title ORDER BY Title)',
    rows: [
      { Id: KA[3], Title: 'Refund policy' },
      { Id: KA[5], Title: 'Shipping damage claims' },
    ],
    ordered: true,
  },
  { sosl: 'FIND {acme}', rows: [{ Id: A[1] }, { Id: C[1] }, { Id: C[2] }] },
  {
    sosl: 'FIND {sync*} RETURNING Case(CaseNumber), Product2(Name), Knowledge__kav(Title)',
    rows: [caseRow(5), { Id: P[3], Name: 'CloudSync' }, { Id: KA[4], Title: 'CloudSync setup guide' }],
    ordered: true,
  },
  {
    sosl: 'FIND {cloudsync} IN NAME FIELDS RETURNING Case(CaseNumber), Product2(Name), Knowledge__kav(Title)',
    rows: [caseRow(2), { Id: P[3], Name: 'CloudSync' }, { Id: KA[4], Title: 'CloudSync setup guide' }],
    ordered: true,
  },
  { sosl: 'FIND {555-0102} IN PHONE FIELDS RETURNING Contact(Name)', rows: [{ Id: C[2], Name: 'Ben Ortiz' }], ordered: true },
  { sosl: "FIND {smith} RETURNING Contact(Name, Title WHERE MailingState = 'CA')", rows: [{ Id: C[5], Name: 'Eve Smith', Title: 'Nurse Manager' }], ordered: true },
  {
    sosl: 'FIND {widget} RETURNING Case(CaseNumber ORDER BY CaseNumber LIMIT 2), Product2(Name ORDER BY Name)',
    rows: [caseRow(1), caseRow(3), { Id: P[2], Name: 'Widget Lite' }, { Id: P[1], Name: 'Widget Pro' }],
    ordered: true,
  },
  { sosl: 'FIND {widget} RETURNING Case(CaseNumber ORDER BY CaseNumber), Product2(Name) LIMIT 3', rows: [1, 3, 7].map(caseRow), ordered: true },
  { sosl: 'FIND {(refund OR password) AND policy} RETURNING Knowledge__kav(Title)', rows: [{ Id: KA[3], Title: 'Refund policy' }], ordered: true },
  {
    sosl: 'FIND {Wid*} IN NAME FIELDS RETURNING Product2(Name, ProductCode ORDER BY ProductCode)',
    rows: [
      { Id: P[2], Name: 'Widget Lite', ProductCode: 'WL-050' },
      { Id: P[1], Name: 'Widget Pro', ProductCode: 'WP-100' },
    ],
    ordered: true,
  },
  { sosl: 'FIND {widg*} IN NAME FIELDS RETURNING Product2(Name ORDER BY Name)', rows: [{ Id: P[2], Name: 'Widget Lite' }, { Id: P[1], Name: 'Widget Pro' }], ordered: true },
  // An escaped wildcard is a literal character, so this asks for the whole word "widg", which nothing contains.
  { sosl: 'FIND {widg\\*} IN NAME FIELDS RETURNING Product2(Name)', rows: [] },
  // An escaped AND is a word to search for, not an operator; "and" appears in one FAQ answer.
  { sosl: 'FIND {firmware \\and} RETURNING Knowledge__kav(Title)', rows: [{ Id: KA[2], Title: 'Widget overheating troubleshooting' }], ordered: true },
  { sosl: 'FIND {WP-100} RETURNING Product2(Name)', rows: [{ Id: P[1], Name: 'Widget Pro' }], ordered: true },
  { sosl: 'FIND {bob} RETURNING User(Name, Email)', rows: [{ Id: U[2], Name: 'Bob Builder', Email: 'bob@example.com' }], ordered: true },
  { sosl: 'FIND {nonexistentterm} RETURNING Account(Name)', rows: [] },
  {
    sosl: 'find {GLOBEX} returning account(name), contact(name order by name)',
    rows: [
      { Id: A[2], Name: 'Globex Inc' },
      { Id: C[3], Name: 'Cara Smith' },
      { Id: C[8], Name: 'Hal Lee' },
    ],
    ordered: true,
  },
  { sosl: 'FIND {hospital network} RETURNING Account(Name, Owner.Name)', rows: [{ Id: A[4], Name: 'Umbrella Health', Owner: { Name: 'Bob Builder' } }], ordered: true },
  { sosl: 'FIND {"reset password"} RETURNING Knowledge__kav(Title, UrlName)', rows: [{ Id: KA[1], Title: 'Resetting your password', UrlName: 'reset-password' }], ordered: true },
  { sosl: 'FIND {gizmo OR noise} IN NAME FIELDS RETURNING Case(CaseNumber ORDER BY CaseNumber)', rows: [6, 7].map(caseRow), ordered: true },
  // Column-filter syntax of FTS5 is not SOSL: "Subject:" is just the word "subject", which no case contains.
  { sosl: 'FIND {Subject: widget} RETURNING Case(CaseNumber)', rows: [] },
  { sosl: 'FIND {widget} RETURNING Case(Id, CaseNumber WHERE Status = \'New\' ORDER BY CaseNumber)', rows: [caseRow(9)], ordered: true },
];
