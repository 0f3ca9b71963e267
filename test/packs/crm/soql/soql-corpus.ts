/**
 * The SOQL corpus: queries of the kinds CRMArena-style agents write, each with
 * rows worked out by hand from `fixture-org.ts` (today is 2024-06-15, a
 * Saturday; weeks start on Sunday). `ordered` entries have an ORDER BY and are
 * compared in order; the rest as multisets. `attributes` are stripped by the test and
 * checked in result-shape.test.ts.
 */
import { A, C, U } from './fixture-org.js';

export interface SoqlEntry {
  soql: string;
  rows: Record<string, unknown>[];
  ordered?: boolean;
  /** When it differs from rows.length (COUNT()). */
  totalSize?: number;
}

const names = (...list: string[]) => list.map((Name) => ({ Name }));
const cases = (...numbers: number[]) => numbers.map((n) => ({ CaseNumber: `0000${1000 + n}` }));

export const SOQL_CORPUS: SoqlEntry[] = [
  // Plain filters, case-insensitive names and values.
  { soql: 'SELECT Id, Name FROM User WHERE IsActive = false', rows: [{ Id: U[4], Name: 'Dan Duarte' }] },
  { soql: "select name from account where billingstate = 'ca' order by name", rows: names('Acme Corporation', 'Umbrella Health'), ordered: true },
  { soql: "SELECT Name FROM Account WHERE Name = 'ACME CORPORATION'", rows: names('Acme Corporation') },
  { soql: "SELECT Name FROM Account WHERE Industry != 'Technology'", rows: names('Globex Inc', 'Umbrella Health', 'Stark Retail', "O'Brien & Sons") },
  { soql: "SELECT Name FROM Account WHERE Industry <> 'Technology' AND Industry != null", rows: names('Globex Inc', 'Umbrella Health', "O'Brien & Sons") },
  { soql: 'SELECT Name FROM Account WHERE Industry = null', rows: names('Stark Retail') },
  { soql: 'SELECT Name FROM Account WHERE AnnualRevenue > 1000000 ORDER BY AnnualRevenue DESC', rows: names('Globex Inc', 'Acme Corporation', 'Umbrella Health'), ordered: true },
  { soql: 'SELECT Name FROM Account WHERE AnnualRevenue <= 800000', rows: names('Initech', "O'Brien & Sons") },
  { soql: 'SELECT Name FROM Account WHERE NumberOfEmployees >= 250 AND NumberOfEmployees < 1200', rows: names('Acme Corporation', 'Umbrella Health') },
  { soql: "SELECT Name FROM Account WHERE Name LIKE 'acme%'", rows: names('Acme Corporation') },
  { soql: "SELECT Name FROM Account WHERE Name LIKE '%o%'", rows: names('Acme Corporation', 'Globex Inc', "O'Brien & Sons") },
  { soql: "SELECT Name FROM Account WHERE Name LIKE '_nitech'", rows: names('Initech') },
  { soql: "SELECT Name FROM Account WHERE Description LIKE '%50\\%%'", rows: names("O'Brien & Sons") },
  { soql: "SELECT Name FROM Account WHERE Name = 'O\\'Brien & Sons'", rows: names("O'Brien & Sons") },
  { soql: "SELECT Name FROM Account WHERE Industry IN ('Technology', 'Retail')", rows: names('Acme Corporation', 'Initech', "O'Brien & Sons") },
  { soql: "SELECT Name FROM Account WHERE Industry NOT IN ('Technology', 'Retail')", rows: names('Globex Inc', 'Umbrella Health', 'Stark Retail') },
  { soql: "SELECT Name FROM Account WHERE Tier__c IN ('Gold', null)", rows: names('Acme Corporation', 'Umbrella Health', "O'Brien & Sons") },
  { soql: "SELECT Name FROM Account WHERE NOT Industry = 'Technology'", rows: names('Globex Inc', 'Umbrella Health', 'Stark Retail', "O'Brien & Sons") },
  { soql: "SELECT Name FROM Account WHERE NOT (BillingState = 'CA' OR BillingState = 'NY')", rows: names('Initech', 'Stark Retail') },
  { soql: "SELECT Name FROM Account WHERE (BillingState = 'NY' AND AnnualRevenue > 1000000) OR Type = 'Partner'", rows: names('Globex Inc', 'Stark Retail') },
  { soql: "SELECT Name FROM Account WHERE BillingState = 'CA' AND (Industry = 'Healthcare' OR NumberOfEmployees < 100)", rows: names('Umbrella Health') },
  { soql: "SELECT Name FROM Account WHERE Description = 'Family owned hardware store 50% off'", rows: names("O'Brien & Sons") },
  { soql: "SELECT Name FROM Account WHERE Id = '001000000000002'", rows: names('Globex Inc') },
  { soql: `SELECT Name FROM Account WHERE Id IN ('${A[1]}', '${A[3]}')`, rows: names('Acme Corporation', 'Initech') },
  { soql: `SELECT Name FROM Contact WHERE AccountId = '${A[6]}'`, rows: names('Gia Romano') },
  { soql: "SELECT Name FROM account WHERE name like 'g%' LIMIT 5", rows: names('Globex Inc') },
  { soql: "SELECT FIELDS(CUSTOM) FROM Account WHERE Name = 'Acme Corporation' LIMIT 1", rows: [{ Tier__c: 'Gold' }] },

  // Parent relationships.
  {
    soql: "SELECT Name, Owner.Name FROM Account WHERE Type = 'Customer' ORDER BY Name",
    rows: [
      { Name: 'Acme Corporation', Owner: { Name: 'Bob Builder' } },
      { Name: 'Globex Inc', Owner: { Name: 'Bob Builder' } },
      { Name: "O'Brien & Sons", Owner: { Name: 'Dan Duarte' } },
      { Name: 'Umbrella Health', Owner: { Name: 'Bob Builder' } },
    ],
    ordered: true,
  },
  { soql: "SELECT Name, Owner.Name FROM Account WHERE Name = 'Stark Retail'", rows: [{ Name: 'Stark Retail', Owner: null }] },
  { soql: "SELECT Subject, Account.Owner.Name FROM Case WHERE CaseNumber = '00001006'", rows: [{ Subject: 'Gizmo broken', Account: { Owner: { Name: 'Dan Duarte' } } }] },
  {
    soql: 'SELECT Name, Parent.Name, Parent.Owner.Name FROM Account WHERE ParentId != null ORDER BY Name',
    rows: [
      { Name: 'Initech', Parent: { Name: 'Acme Corporation', Owner: { Name: 'Bob Builder' } } },
      { Name: "O'Brien & Sons", Parent: { Name: 'Globex Inc', Owner: { Name: 'Bob Builder' } } },
    ],
    ordered: true,
  },
  { soql: "SELECT Id FROM Contact WHERE Account.Industry = 'Technology'", rows: [{ Id: C[1] }, { Id: C[2] }, { Id: C[4] }] },
  { soql: 'SELECT Name FROM Contact WHERE Account.Name = null', rows: names('Finn Walsh') },
  { soql: "SELECT Name FROM Contact WHERE Owner.Name LIKE 'Dan%'", rows: names('Dev Patel', 'Gia Romano') },
  { soql: 'SELECT CaseNumber FROM Case WHERE Owner.Name = null', rows: cases(10) },
  { soql: "SELECT Contact.Name, Contact.Account.Name FROM Case WHERE Subject = 'Feature request: dark mode'", rows: [{ Contact: { Name: 'Finn Walsh', Account: null } }] },
  { soql: "SELECT c.Name FROM Contact c WHERE c.MailingState = 'NJ'", rows: names('Hal Lee') },
  { soql: "SELECT Contact.Name FROM Contact WHERE Contact.LastName = 'Lee' ORDER BY Contact.FirstName", rows: names('Ann Lee', 'Hal Lee'), ordered: true },
  { soql: "SeLeCt NAME, ACCOUNT.name FrOm CONTACT wHeRe EMAIL = 'CARA@GLOBEX.COM'", rows: [{ Name: 'Cara Smith', Account: { Name: 'Globex Inc' } }] },

  // Booleans, dates, nulls.
  { soql: 'SELECT Name FROM Contact WHERE HasOptedOutOfEmail = true', rows: names('Ben Ortiz', 'Gia Romano') },
  { soql: 'SELECT Name FROM Contact WHERE HasOptedOutOfEmail = false', rows: names('Ann Lee', 'Cara Smith', 'Dev Patel', 'Eve Smith', 'Finn Walsh', 'Hal Lee') },
  { soql: "SELECT Name, HasOptedOutOfEmail FROM Contact WHERE Name = 'Finn Walsh'", rows: [{ Name: 'Finn Walsh', HasOptedOutOfEmail: false }] },
  { soql: 'SELECT Name FROM Contact WHERE Birthdate < 1980-01-01', rows: names('Eve Smith', 'Gia Romano') },
  { soql: 'SELECT Name FROM Contact WHERE Birthdate = 1992-02-29', rows: names('Hal Lee') },
  { soql: 'SELECT Name FROM Contact WHERE Phone = null OR Email = null', rows: names('Dev Patel', 'Finn Walsh') },
  { soql: "SELECT Name FROM Contact WHERE Email = ''", rows: names('Finn Walsh') },

  // Date literals against datetime and date fields.
  { soql: 'SELECT CaseNumber FROM Case WHERE CreatedDate = TODAY', rows: cases(9) },
  { soql: 'SELECT CaseNumber FROM Case WHERE CreatedDate = YESTERDAY', rows: cases(4) },
  { soql: 'SELECT CaseNumber FROM Case WHERE CreatedDate = THIS_WEEK', rows: cases(4, 8, 9, 11) },
  { soql: 'SELECT CaseNumber FROM Case WHERE CreatedDate = LAST_WEEK', rows: cases(5) },
  { soql: 'SELECT CaseNumber FROM Case WHERE CreatedDate = LAST_N_DAYS:12', rows: cases(4, 5, 8, 9, 11) },
  { soql: 'SELECT CaseNumber FROM Case WHERE CreatedDate = THIS_MONTH', rows: cases(4, 5, 8, 9, 11) },
  { soql: 'SELECT CaseNumber FROM Case WHERE CreatedDate = LAST_MONTH', rows: cases(7, 12) },
  { soql: 'SELECT CaseNumber FROM Case WHERE ClosedDate = THIS_MONTH', rows: cases(8, 12) },
  { soql: 'SELECT CaseNumber FROM Case WHERE CreatedDate = THIS_QUARTER', rows: cases(3, 4, 5, 7, 8, 9, 11, 12) },
  { soql: 'SELECT CaseNumber FROM Case WHERE CreatedDate = LAST_QUARTER', rows: cases(1, 2, 10) },
  { soql: 'SELECT CaseNumber FROM Case WHERE CreatedDate = LAST_YEAR', rows: cases(6) },
  { soql: 'SELECT CaseNumber FROM Case WHERE CreatedDate >= LAST_MONTH AND CreatedDate < TODAY', rows: cases(4, 5, 7, 8, 11, 12) },
  { soql: 'SELECT Name FROM Opportunity WHERE CloseDate = NEXT_MONTH', rows: names('Acme Renewal') },
  { soql: 'SELECT Name FROM Opportunity WHERE CloseDate = NEXT_N_DAYS:30', rows: names('Umbrella Wards', 'Acme Renewal') },
  { soql: 'SELECT Name FROM Opportunity WHERE CloseDate = NEXT_QUARTER', rows: names('Acme Renewal', 'Initech Pilot') },
  { soql: 'SELECT Name FROM Opportunity WHERE CloseDate = LAST_N_MONTHS:3', rows: names('Acme Expansion', 'Globex Line 2') },
  { soql: 'SELECT Name FROM Opportunity WHERE CloseDate = LAST_N_QUARTERS:2', rows: names('Umbrella Clinics', 'Acme Expansion', 'Acme Training') },
  { soql: 'SELECT Name FROM Opportunity WHERE CloseDate = THIS_YEAR AND IsWon = true', rows: names('Acme Expansion', 'Globex Line 2', 'OBrien Hardware') },
  { soql: 'SELECT Name FROM Opportunity WHERE CloseDate = LAST_N_YEARS:1', rows: names('Umbrella Clinics') },
  { soql: 'SELECT Name FROM Opportunity WHERE CloseDate = TOMORROW', rows: [] },
  { soql: 'SELECT Name FROM User WHERE CreatedDate > 2023-06-30T23:59:59Z', rows: names('Carol Chen', 'Dan Duarte') },
  { soql: 'SELECT CaseNumber FROM Case WHERE CreatedDate >= 2024-06-14T15:00:00+02:00', rows: cases(4, 9) },
  { soql: 'SELECT Name FROM Opportunity WHERE CloseDate >= 2024-06-01 AND CloseDate <= 2024-06-30', rows: names('Globex Service', 'Umbrella Wards', 'OBrien Hardware') },

  // Date functions in WHERE.
  { soql: 'SELECT CaseNumber FROM Case WHERE CALENDAR_YEAR(CreatedDate) = 2023', rows: cases(6) },
  { soql: 'SELECT CaseNumber FROM Case WHERE HOUR_IN_DAY(CreatedDate) < 8', rows: cases(8, 9) },
  { soql: 'SELECT CaseNumber FROM Case WHERE DAY_IN_WEEK(CreatedDate) = 2', rows: cases(3, 5, 6, 8) },
  { soql: 'SELECT CaseNumber FROM Case WHERE DAY_ONLY(CreatedDate) = 2024-05-31', rows: cases(12) },
  { soql: 'SELECT CaseNumber FROM Case WHERE DAY_IN_MONTH(CreatedDate) = 15', rows: cases(7, 9) },
  {
    soql: 'SELECT DAY_IN_WEEK(CreatedDate) d, COUNT(Id) FROM Case WHERE CreatedDate = THIS_MONTH GROUP BY DAY_IN_WEEK(CreatedDate) ORDER BY DAY_IN_WEEK(CreatedDate)',
    rows: [
      { d: 2, expr0: 2 },
      { d: 4, expr0: 1 },
      { d: 6, expr0: 1 },
      { d: 7, expr0: 1 },
    ],
    ordered: true,
  },

  // Aggregates.
  { soql: "SELECT COUNT() FROM Case WHERE Status = 'Closed'", rows: [], totalSize: 7 },
  { soql: "SELECT COUNT(Id) FROM Case WHERE Priority = 'High'", rows: [{ expr0: 4 }] },
  { soql: 'SELECT COUNT(Priority) cnt FROM Case', rows: [{ cnt: 11 }] },
  { soql: 'SELECT COUNT_DISTINCT(OwnerId) FROM Case', rows: [{ expr0: 2 }] },
  {
    soql: 'SELECT SUM(Amount) total, AVG(Amount) avgAmount, MIN(CloseDate), MAX(Amount) FROM Opportunity WHERE IsWon = true',
    rows: [{ total: 855000, avgAmount: 213750, expr0: '2023-10-15', expr1: 500000 }],
  },
  {
    soql: 'SELECT StageName, COUNT(Id) FROM Opportunity GROUP BY StageName ORDER BY StageName',
    rows: [
      { StageName: 'Closed Lost', expr0: 2 },
      { StageName: 'Closed Won', expr0: 4 },
      { StageName: 'Negotiation', expr0: 1 },
      { StageName: 'Proposal', expr0: 1 },
      { StageName: 'Prospecting', expr0: 1 },
      { StageName: 'Qualification', expr0: 1 },
    ],
    ordered: true,
  },
  {
    soql: 'SELECT Owner.Name, SUM(Amount) FROM Opportunity WHERE IsClosed = false GROUP BY Owner.Name ORDER BY Owner.Name NULLS LAST',
    rows: [
      { Name: 'Bob Builder', expr0: 300000 },
      { Name: 'Dan Duarte', expr0: 30000 },
      { Name: null, expr0: null },
    ],
    ordered: true,
  },
  { soql: 'SELECT AccountId, COUNT(Id) n FROM Case GROUP BY AccountId HAVING COUNT(Id) >= 3', rows: [{ AccountId: A[1], n: 3 }, { AccountId: A[2], n: 3 }] },
  {
    soql: 'SELECT Account.Name, COUNT(Id) FROM Case WHERE Account.Name != null GROUP BY Account.Name HAVING COUNT(Id) = 2 ORDER BY Account.Name',
    rows: [
      { Name: "O'Brien & Sons", expr0: 2 },
      { Name: 'Umbrella Health', expr0: 2 },
    ],
    ordered: true,
  },
  {
    soql:
      'SELECT CALENDAR_MONTH(CreatedDate) month, COUNT(Id) total FROM Case WHERE CALENDAR_YEAR(CreatedDate) = 2024 ' +
      'GROUP BY CALENDAR_MONTH(CreatedDate) ORDER BY CALENDAR_MONTH(CreatedDate)',
    rows: [
      { month: 1, total: 1 },
      { month: 2, total: 1 },
      { month: 3, total: 1 },
      { month: 4, total: 1 },
      { month: 5, total: 2 },
      { month: 6, total: 5 },
    ],
    ordered: true,
  },
  {
    soql:
      'SELECT CALENDAR_QUARTER(CloseDate), SUM(Amount) FROM Opportunity WHERE CALENDAR_YEAR(CloseDate) = 2024 AND IsWon = true ' +
      'GROUP BY CALENDAR_QUARTER(CloseDate) ORDER BY CALENDAR_QUARTER(CloseDate)',
    rows: [
      { expr0: 1, expr1: 250000 },
      { expr0: 2, expr1: 515000 },
    ],
    ordered: true,
  },
  {
    soql: "SELECT Status, Priority, COUNT(Id) FROM Case WHERE Status = 'Closed' GROUP BY Status, Priority ORDER BY COUNT(Id) DESC, Priority",
    rows: [
      { Status: 'Closed', Priority: 'Medium', expr0: 3 },
      { Status: 'Closed', Priority: 'High', expr0: 2 },
      { Status: 'Closed', Priority: 'Low', expr0: 2 },
    ],
    ordered: true,
  },
  {
    soql: 'SELECT Owner.Name, AVG(NumberOfEmployees) FROM Account GROUP BY Owner.Name HAVING AVG(NumberOfEmployees) > 100',
    rows: [{ Name: 'Bob Builder', expr0: (250 + 1200 + 300) / 3 }],
  },
  {
    soql: 'SELECT LeadSource, COUNT(Id) c FROM Opportunity GROUP BY LeadSource ORDER BY COUNT(Id) DESC',
    rows: [
      { LeadSource: 'Web', c: 4 },
      { LeadSource: 'Partner', c: 3 },
      { LeadSource: 'Phone', c: 2 },
      { LeadSource: null, c: 1 },
    ],
    ordered: true,
  },
  { soql: "SELECT MAX(CreatedDate) latest FROM Case WHERE Account.BillingState = 'NY'", rows: [{ latest: '2024-06-14T13:00:00Z' }] },
  { soql: "SELECT COUNT(Id), COUNT(ClosedDate) FROM Case WHERE Status = 'Escalated'", rows: [{ expr0: 1, expr1: 0 }] },
  { soql: "SELECT SUM(Amount) FROM Opportunity WHERE StageName = 'Nonexistent'", rows: [{ expr0: null }] },
  { soql: 'SELECT Industry, COUNT(Id) n FROM Account GROUP BY Industry ORDER BY n DESC, Industry LIMIT 1', rows: [{ Industry: 'Technology', n: 2 }], ordered: true },

  // Semi-joins and anti-joins.
  { soql: "SELECT Name FROM Account WHERE Id IN (SELECT AccountId FROM Opportunity WHERE StageName = 'Closed Won')", rows: names('Acme Corporation', 'Globex Inc', 'Umbrella Health', "O'Brien & Sons") },
  { soql: 'SELECT Name FROM Account WHERE Id NOT IN (SELECT AccountId FROM Case)', rows: names('Stark Retail') },
  {
    soql: "SELECT Name FROM Contact WHERE AccountId IN (SELECT Id FROM Account WHERE Industry = 'Technology') AND Id IN (SELECT ContactId FROM Case WHERE IsEscalated = true)",
    rows: names('Ann Lee'),
  },
  { soql: "SELECT Name FROM User WHERE Id IN (SELECT OwnerId FROM Case WHERE Priority = 'High')", rows: names('Alice Admin') },
  { soql: 'SELECT Name FROM Product2 WHERE Id NOT IN (SELECT ProductId FROM Case WHERE CreatedDate = THIS_YEAR)', rows: names('Legacy Gizmo') },
  { soql: "SELECT Name FROM Contact WHERE AccountId NOT IN (SELECT Id FROM Account WHERE BillingState = 'CA')", rows: names('Cara Smith', 'Dev Patel', 'Finn Walsh', 'Gia Romano', 'Hal Lee') },
  { soql: "SELECT Name FROM Account WHERE Id IN (SELECT AccountId FROM Contact WHERE Owner.Name = 'Carol Chen')", rows: names('Umbrella Health') },

  // ORDER BY, LIMIT, OFFSET.
  { soql: 'SELECT Name FROM Opportunity ORDER BY Amount DESC NULLS LAST LIMIT 3', rows: names('Globex Line 2', 'Acme Expansion', 'Umbrella Wards'), ordered: true },
  { soql: 'SELECT Name FROM Opportunity ORDER BY Amount ASC LIMIT 2', rows: names('Stark Partnership', 'Acme Training'), ordered: true },
  { soql: 'SELECT Name FROM Opportunity ORDER BY Amount DESC NULLS LAST LIMIT 3 OFFSET 3', rows: names('Acme Renewal', 'Umbrella Clinics', 'Globex Service'), ordered: true },
  { soql: 'SELECT Name FROM Contact ORDER BY LastName, FirstName LIMIT 4', rows: names('Ann Lee', 'Hal Lee', 'Ben Ortiz', 'Dev Patel'), ordered: true },
  { soql: 'SELECT Name FROM Account ORDER BY Name DESC OFFSET 4', rows: names('Globex Inc', 'Acme Corporation'), ordered: true },
  {
    soql: 'SELECT Name FROM Account WHERE Description != null ORDER BY Description',
    rows: names('Stark Retail', 'Acme Corporation', "O'Brien & Sons", 'Umbrella Health', 'Globex Inc'),
    ordered: true,
  },
  {
    soql: 'SELECT Name FROM Account ORDER BY Owner.Name DESC NULLS LAST, Name',
    rows: names('Initech', "O'Brien & Sons", 'Acme Corporation', 'Globex Inc', 'Umbrella Health', 'Stark Retail'),
    ordered: true,
  },
];
