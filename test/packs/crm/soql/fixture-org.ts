/**
 * A small, hand-written Salesforce-shaped org for the SOQL/SOSL tests: seven
 * objects, a few dozen rows, FTS5 search tables, and "today" fixed at
 * 2024-06-15 (a Saturday). Every expected row in the corpora is worked out by
 * hand from the tables below, so keep them readable and change them with care.
 */
import Database from 'better-sqlite3';
import type { OrgSchema, SField, SObjectDescribe } from '../../../../src/core/org-schema.js';

const sfId = (prefix: string, n: number): string => `${prefix}${String(n).padStart(12, '0')}AAA`;

export const U = [0, 1, 2, 3, 4].map((n) => sfId('005', n));
export const A = [0, 1, 2, 3, 4, 5, 6].map((n) => sfId('001', n));
export const C = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => sfId('003', n));
export const P = [0, 1, 2, 3, 4].map((n) => sfId('01t', n));
export const K = Array.from({ length: 13 }, (_, n) => sfId('500', n));
export const O = Array.from({ length: 11 }, (_, n) => sfId('006', n));
export const KA = [0, 1, 2, 3, 4, 5].map((n) => sfId('ka0', n));

const f = (name: string, type: SField['type'], extra: Partial<SField> = {}): SField => ({ name, type, ...extra });
const ref = (name: string, to: string, rel: string): SField => f(name, 'reference', { referenceTo: to, relationshipName: rel });

const OBJECTS: SObjectDescribe[] = [
  {
    name: 'User', keyPrefix: '005', nameField: 'Name', searchFields: ['Name', 'Email'],
    fields: [f('Id', 'id'), f('Name', 'string'), f('Email', 'email'), f('Department', 'picklist'), f('IsActive', 'boolean'), f('CreatedDate', 'datetime')],
  },
  {
    name: 'Account', keyPrefix: '001', nameField: 'Name', searchFields: ['Name', 'BillingCity', 'Description'],
    fields: [
      f('Id', 'id'), f('Name', 'string'), f('Industry', 'picklist'), f('Type', 'picklist'), f('BillingState', 'string'),
      f('BillingCity', 'string'), f('AnnualRevenue', 'currency'), f('NumberOfEmployees', 'int'), ref('OwnerId', 'User', 'Owner'),
      ref('ParentId', 'Account', 'Parent'), f('Tier__c', 'picklist'), f('CreatedDate', 'datetime'), f('Description', 'textarea'),
    ],
  },
  {
    name: 'Contact', keyPrefix: '003', nameField: 'Name', searchFields: ['Name', 'Email', 'Phone', 'Title'],
    fields: [
      f('Id', 'id'), f('FirstName', 'string'), f('LastName', 'string'), f('Name', 'string'), f('Email', 'email'), f('Phone', 'phone'),
      f('Title', 'string'), ref('AccountId', 'Account', 'Account'), ref('OwnerId', 'User', 'Owner'), f('MailingState', 'string'),
      f('Birthdate', 'date'), f('HasOptedOutOfEmail', 'boolean'), f('CreatedDate', 'datetime'),
    ],
  },
  {
    name: 'Product2', keyPrefix: '01t', nameField: 'Name', searchFields: ['Name', 'ProductCode', 'Description'],
    fields: [f('Id', 'id'), f('Name', 'string'), f('ProductCode', 'string'), f('Family', 'picklist'), f('IsActive', 'boolean'), f('Description', 'textarea')],
  },
  {
    name: 'Case', keyPrefix: '500', nameField: 'Subject', searchFields: ['Subject', 'Description'],
    fields: [
      f('Id', 'id'), f('CaseNumber', 'string'), f('Subject', 'string'), f('Description', 'textarea'), f('Status', 'picklist'),
      f('Priority', 'picklist'), f('Origin', 'picklist'), ref('AccountId', 'Account', 'Account'), ref('ContactId', 'Contact', 'Contact'),
      ref('OwnerId', 'User', 'Owner'), ref('ProductId', 'Product2', 'Product'), f('IsEscalated', 'boolean'), f('CreatedDate', 'datetime'),
      f('ClosedDate', 'datetime'),
    ],
  },
  {
    name: 'Opportunity', keyPrefix: '006',
    fields: [
      f('Id', 'id'), f('Name', 'string'), ref('AccountId', 'Account', 'Account'), ref('OwnerId', 'User', 'Owner'), f('StageName', 'picklist'),
      f('Amount', 'currency'), f('Probability', 'percent'), f('CloseDate', 'date'), f('IsClosed', 'boolean'), f('IsWon', 'boolean'),
      f('LeadSource', 'picklist'), f('CreatedDate', 'datetime'),
    ],
  },
  {
    name: 'Knowledge__kav', keyPrefix: 'ka0', nameField: 'Title', searchFields: ['Title', 'Summary', 'FAQ_Answer__c'],
    fields: [
      f('Id', 'id'), f('Title', 'string'), f('UrlName', 'string'), f('Summary', 'textarea'), f('FAQ_Answer__c', 'textarea'),
      f('PublishStatus', 'picklist'), f('LastPublishedDate', 'datetime'),
    ],
  },
];

type Row = unknown[];

const ROWS: Record<string, Row[]> = {
  User: [
    [U[1], 'Alice Admin', 'alice@example.com', 'Support', 1, '2023-01-10T09:00:00Z'],
    [U[2], 'Bob Builder', 'bob@example.com', 'Sales', 1, '2023-03-05T10:00:00Z'],
    [U[3], 'Carol Chen', 'carol@example.com', 'Support', 1, '2023-07-20T11:00:00Z'],
    [U[4], 'Dan Duarte', 'dan@example.com', 'Sales', 0, '2024-02-01T12:00:00Z'],
  ],
  // Id, Name, Industry, Type, BillingState, BillingCity, AnnualRevenue, NumberOfEmployees, OwnerId, ParentId, Tier__c, CreatedDate, Description
  Account: [
    [A[1], 'Acme Corporation', 'Technology', 'Customer', 'CA', 'San Francisco', 5000000, 250, U[2], null, 'Gold', '2023-02-01T08:00:00Z', 'Enterprise software customer'],
    [A[2], 'Globex Inc', 'Manufacturing', 'Customer', 'NY', 'New York', 12000000, 1200, U[2], null, 'Platinum', '2023-05-12T14:30:00Z', 'Industrial equipment maker'],
    [A[3], 'Initech', 'Technology', 'Prospect', 'TX', 'Austin', 800000, 45, U[4], A[1], 'Silver', '2024-01-20T16:00:00Z', null],
    [A[4], 'Umbrella Health', 'Healthcare', 'Customer', 'CA', 'Los Angeles', 3000000, 300, U[2], null, null, '2024-05-02T09:15:00Z', 'Hospital network'],
    [A[5], 'Stark Retail', null, 'Partner', 'WA', 'Seattle', null, 20, null, null, 'Bronze', '2024-06-10T13:00:00Z', 'a retail partner'],
    [A[6], "O'Brien & Sons", 'Retail', 'Customer', 'NY', 'Buffalo', 450000, 12, U[4], A[2], null, '2022-11-30T23:30:00Z', 'Family owned hardware store 50% off'],
  ],
  // Id, FirstName, LastName, Name, Email, Phone, Title, AccountId, OwnerId, MailingState, Birthdate, HasOptedOutOfEmail, CreatedDate
  Contact: [
    [C[1], 'Ann', 'Lee', 'Ann Lee', 'ann.lee@acme.com', '(415) 555-0101', 'CTO', A[1], U[2], 'CA', '1980-04-12', 0, '2023-02-02T10:00:00Z'],
    [C[2], 'Ben', 'Ortiz', 'Ben Ortiz', 'ben.ortiz@acme.com', '(415) 555-0102', 'Engineer', A[1], U[2], 'CA', '1990-06-15', 1, '2024-06-14T08:00:00Z'],
    [C[3], 'Cara', 'Smith', 'Cara Smith', 'cara@globex.com', '(212) 555-0199', 'VP Operations', A[2], U[2], 'NY', null, 0, '2023-05-13T09:00:00Z'],
    [C[4], 'Dev', 'Patel', 'Dev Patel', 'dev@initech.com', null, 'Developer', A[3], U[4], 'TX', '1985-12-01', 0, '2024-01-21T10:00:00Z'],
    [C[5], 'Eve', 'Smith', 'Eve Smith', 'eve@umbrella.org', '(310) 555-0123', 'Nurse Manager', A[4], U[3], 'CA', '1975-03-30', 0, '2024-05-03T11:00:00Z'],
    [C[6], 'Finn', 'Walsh', 'Finn Walsh', null, '(206) 555-0177', null, null, null, 'WA', null, null, '2024-06-12T15:45:00Z'],
    [C[7], 'Gia', 'Romano', 'Gia Romano', 'gia@obrien.com', '(716) 555-0110', 'Owner', A[6], U[4], 'NY', '1968-09-09', 1, '2022-12-01T09:00:00Z'],
    [C[8], 'Hal', 'Lee', 'Hal Lee', 'hal.lee@globex.com', '(212) 555-0142', 'Buyer', A[2], U[2], 'NJ', '1992-02-29', 0, '2024-03-15T12:00:00Z'],
  ],
  Product2: [
    [P[1], 'Widget Pro', 'WP-100', 'Hardware', 1, 'Industrial widget with sensor'],
    [P[2], 'Widget Lite', 'WL-050', 'Hardware', 1, 'Entry level widget'],
    [P[3], 'CloudSync', 'CS-200', 'Software', 1, 'Data synchronisation service'],
    [P[4], 'Legacy Gizmo', 'LG-001', 'Hardware', 0, 'Discontinued gizmo'],
  ],
  // Id, CaseNumber, Subject, Description, Status, Priority, Origin, AccountId, ContactId, OwnerId, ProductId, IsEscalated, CreatedDate, ClosedDate
  Case: [
    [K[1], '00001001', 'Widget overheating', 'The widget gets hot after an hour of use', 'Closed', 'High', 'Phone', A[1], C[1], U[1], P[1], 1, '2024-01-05T09:00:00Z', '2024-01-07T17:00:00Z'],
    [K[2], '00001002', 'Login failure on CloudSync', 'Cannot log in after password reset', 'Closed', 'Medium', 'Web', A[1], C[2], U[3], P[3], 0, '2024-02-10T10:30:00Z', '2024-02-10T15:30:00Z'],
    [K[3], '00001003', 'Widget overheating again', 'Replacement widget also overheats', 'Escalated', 'High', 'Email', A[1], C[1], U[1], P[1], 1, '2024-04-22T08:15:00Z', null],
    [K[4], '00001004', 'Billing question', 'Invoice amount looks wrong', 'New', 'Low', 'Email', A[2], C[3], U[3], null, 0, '2024-06-14T13:00:00Z', null],
    [K[5], '00001005', 'Sync delays', 'CloudSync takes hours to sync data', 'Working', 'Medium', 'Web', A[2], C[8], U[1], P[3], 0, '2024-06-03T11:00:00Z', null],
    [K[6], '00001006', 'Gizmo broken', 'Legacy gizmo stopped working', 'Closed', 'Low', 'Phone', A[6], C[7], U[3], P[4], 0, '2023-11-20T14:00:00Z', '2023-11-25T10:00:00Z'],
    [K[7], '00001007', 'Widget Lite noise', 'Loud noise from widget lite fan', 'Closed', 'Medium', 'Phone', A[4], C[5], U[1], P[2], 0, '2024-05-15T09:45:00Z', '2024-05-20T16:00:00Z'],
    [K[8], '00001008', 'Password reset request', 'User requests a password reset', 'Closed', 'Low', 'Chat', A[3], C[4], U[3], P[3], 0, '2024-06-10T07:30:00Z', '2024-06-10T08:00:00Z'],
    [K[9], '00001009', 'Widget overheating in lab', 'Sensor reports 90 degrees', 'New', 'High', 'Phone', A[4], C[5], U[1], P[1], 1, '2024-06-15T06:00:00Z', null],
    [K[10], '00001010', 'Shipping damage', 'Box arrived crushed', 'Closed', 'Medium', 'Email', A[6], C[7], null, P[2], 0, '2024-03-28T12:00:00Z', '2024-04-02T09:00:00Z'],
    [K[11], '00001011', 'Feature request: dark mode', null, 'New', null, 'Web', null, C[6], U[3], P[3], 0, '2024-06-12T16:00:00Z', null],
    [K[12], '00001012', 'Refund for widget', 'Customer wants refund for widget pro', 'Closed', 'High', 'Phone', A[2], C[3], U[1], P[1], 0, '2024-05-31T23:59:59Z', '2024-06-01T00:00:01Z'],
  ],
  // Id, Name, AccountId, OwnerId, StageName, Amount, Probability, CloseDate, IsClosed, IsWon, LeadSource, CreatedDate
  Opportunity: [
    [O[1], 'Acme Expansion', A[1], U[2], 'Closed Won', 250000, 100, '2024-03-15', 1, 1, 'Web', '2023-12-01T10:00:00Z'],
    [O[2], 'Acme Renewal', A[1], U[2], 'Negotiation', 120000, 70, '2024-07-10', 0, 0, 'Partner', '2024-04-01T10:00:00Z'],
    [O[3], 'Globex Line 2', A[2], U[2], 'Closed Won', 500000, 100, '2024-05-20', 1, 1, 'Phone', '2024-01-15T10:00:00Z'],
    [O[4], 'Globex Service', A[2], U[4], 'Closed Lost', 75000, 0, '2024-06-05', 1, 0, 'Web', '2024-02-20T10:00:00Z'],
    [O[5], 'Initech Pilot', A[3], U[4], 'Prospecting', 30000, 10, '2024-09-30', 0, 0, null, '2024-06-01T10:00:00Z'],
    [O[6], 'Umbrella Wards', A[4], U[2], 'Proposal', 180000, 50, '2024-06-20', 0, 0, 'Web', '2024-03-10T10:00:00Z'],
    [O[7], 'Umbrella Clinics', A[4], U[2], 'Closed Won', 90000, 100, '2023-10-15', 1, 1, 'Phone', '2023-06-01T10:00:00Z'],
    [O[8], 'OBrien Hardware', A[6], U[4], 'Closed Won', 15000, 100, '2024-06-14', 1, 1, 'Partner', '2024-05-01T10:00:00Z'],
    [O[9], 'Stark Partnership', A[5], null, 'Qualification', null, 20, '2024-12-31', 0, 0, 'Partner', '2024-06-11T10:00:00Z'],
    [O[10], 'Acme Training', A[1], U[4], 'Closed Lost', 8000, 0, '2024-02-28', 1, 0, 'Web', '2024-01-10T10:00:00Z'],
  ],
  Knowledge__kav: [
    [KA[1], 'Resetting your password', 'reset-password', 'How to reset a forgotten password', 'Open Settings, choose Security, then Reset Password. A link is emailed.', 'Online', '2024-01-10T10:00:00Z'],
    [KA[2], 'Widget overheating troubleshooting', 'widget-overheating', 'Steps when a widget runs hot', 'Check ventilation, update firmware, and replace the thermal pad.', 'Online', '2024-03-01T10:00:00Z'],
    [KA[3], 'Refund policy', 'refund-policy', 'When customers may get refunds', 'Refunds are allowed within 30 days of delivery for unused products.', 'Online', '2023-09-15T10:00:00Z'],
    [KA[4], 'CloudSync setup guide', 'cloudsync-setup', 'Install and configure CloudSync', 'Download the agent, sign in, and pick folders to synchronise.', 'Draft', null],
    [KA[5], 'Shipping damage claims', 'shipping-damage', 'Filing a claim for damaged goods', 'Photograph the box and file within 7 days; we ship a replacement.', 'Online', '2024-05-05T10:00:00Z'],
  ],
};

const SQL_TYPES: Partial<Record<SField['type'], string>> = { int: 'INTEGER', boolean: 'INTEGER', double: 'REAL', currency: 'REAL', percent: 'REAL' };

/** The fixture org: an in-memory database and its schema. */
export function createFixtureOrg(): { db: Database.Database; schema: OrgSchema } {
  const db = new Database(':memory:');
  for (const object of OBJECTS) {
    const columns = object.fields.map((field) => `"${field.name}" ${SQL_TYPES[field.type] ?? 'TEXT'}${field.name === 'Id' ? ' PRIMARY KEY' : ''}`);
    db.exec(`CREATE TABLE "${object.name}" (${columns.join(', ')})`);
    const insert = db.prepare(`INSERT INTO "${object.name}" VALUES (${object.fields.map(() => '?').join(', ')})`);
    const rows = ROWS[object.name] ?? [];
    for (const row of rows) insert.run(...row);
    if (object.searchFields) {
      const search = `${object.name}__search`;
      db.exec(`CREATE VIRTUAL TABLE "${search}" USING fts5(Id UNINDEXED, ${object.searchFields.map((name) => `"${name}"`).join(', ')})`);
      const positions = object.searchFields.map((name) => object.fields.findIndex((field) => field.name === name));
      const insertSearch = db.prepare(`INSERT INTO "${search}" VALUES (${['?', ...positions.map(() => '?')].join(', ')})`);
      for (const row of rows) insertSearch.run(row[0], ...positions.map((i) => row[i] ?? null));
    }
  }
  return { db, schema: { objects: OBJECTS, today: '2024-06-15' } };
}
