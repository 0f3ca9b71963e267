/**
 * Stage 4: the customers. In the B2B org an account is a company with a few
 * contacts; in the B2C org it is a person account with its one contact. Each
 * account gets a hidden complaint habit (how readily it opens cases) and a
 * purchase rate. Lead conversion (stage 5) adds accounts through the same
 * `addCustomer` so that both kinds look alike.
 */
import type { Rng } from '../../../util/rng.js';
import { DAY, fmtDateTime, officeTime } from './calendar.js';
import type { GenContext } from './gen-context.js';
import { scaled } from './gen-context.js';
import { cityOf, companyDomain, companyName, mailbox, personName, phone, pickState } from './identity.js';
import { PICKLISTS } from './picklists.js';
import { logNormal } from './sampling.js';
import type { StaffRefs } from './stage-staff.js';
import { JOB_TITLES } from './vocabulary.js';

/** A contact as later stages use it. */
export interface ContactRef {
  id: string;
  name: string;
  first: string;
  last: string;
  email: string;
  title: string;
  decisionMaker: boolean;
}

/** An account as later stages use it. */
export interface AccountRef {
  id: string;
  name: string;
  state: string;
  ownerId: string;
  createdMs: number;
  contacts: ContactRef[];
  /** Hidden: relative readiness to open cases. */
  habit: number;
  /** Hidden: relative purchase volume. */
  purchaseRate: number;
}

/** Account and contact bookkeeping shared by stages 3 and 4. */
export interface CustomerBook {
  accounts: AccountRef[];
  usedCompanies: Set<string>;
  usedEmails: Set<string>;
}

/** What a new customer starts from: a company or a person, with a place and a creation time. */
export interface NewCustomer {
  company?: string;
  person?: { first: string; last: string; email?: string; phone?: string; title?: string };
  state: string;
  createdMs: number;
  industry?: string;
  employees?: number;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function uniqueEmail(book: CustomerBook, first: string, last: string, domain: string, rng: Rng): string {
  let email = `${mailbox(first, last)}@${domain}`;
  while (book.usedEmails.has(email)) email = `${mailbox(first, last)}${10 + rng.int(990)}@${domain}`;
  book.usedEmails.add(email);
  return email;
}

/** Writes one account with its contacts and returns it. */
export function addCustomer(ctx: GenContext, staff: StaffRefs, book: CustomerBook, rng: Rng, c: NewCustomer): AccountRef {
  const { records } = ctx;
  const territory = staff.territoryOfState.get(c.state);
  const ownerId = (territory && territory.reps.length > 0 ? rng.pick(territory.reps) : rng.pick(staff.reps)).id;
  const city = cityOf(c.state, rng);
  const created = fmtDateTime(officeTime(c.createdMs, rng));
  const contacts: ContactRef[] = [];
  let account;
  if (ctx.org === 'b2b') {
    const name = c.company ?? companyName(rng, book.usedCompanies);
    book.usedCompanies.add(name);
    const industry = c.industry ?? rng.pick(PICKLISTS.industry);
    const employees = c.employees ?? Math.round(20 * logNormal(rng, 1.3)) + 5;
    account = records.insert('Account', {
      Name: name, Type: c.createdMs > ctx.todayMs - 20 * DAY ? 'Prospect' : rng.next() < 0.05 ? 'Partner' : 'Customer',
      Industry: industry, NumberOfEmployees: employees,
      AnnualRevenue: Math.round(employees * (90_000 + rng.next() * 160_000) / 1000) * 1000,
      Website: `https://www.${companyDomain(name)}`, Phone: phone(rng), ShippingCity: city, ShippingState: c.state,
      Description: `${name} is a ${industry.toLowerCase()} organisation based in ${city}, ${c.state}, with about ${employees} employees.`,
      OwnerId: ownerId, CreatedDate: created,
    });
    const [lo, hi] = ctx.sizes.contactsPerAccount;
    const n = c.person ? 1 + rng.int(hi) : lo + rng.int(hi - lo + 1);
    for (let i = 0; i < n; i++) {
      const p = i === 0 && c.person ? c.person : personName(rng);
      const job = i === 0 && c.person?.title ? JOB_TITLES.find((j) => j.title === c.person?.title) ?? rng.pick(JOB_TITLES) : rng.pick(JOB_TITLES);
      const email = i === 0 && c.person?.email ? c.person.email : uniqueEmail(book, p.first, p.last, companyDomain(name), rng);
      const row = records.insert('Contact', {
        FirstName: p.first, LastName: p.last, Name: `${p.first} ${p.last}`, Email: email, Phone: phone(rng),
        Title: job.title, MailingState: c.state, AccountId: account.Id, OwnerId: ownerId, CreatedDate: created,
      });
      contacts.push({ id: row.Id, name: `${p.first} ${p.last}`, first: p.first, last: p.last, email, title: job.title, decisionMaker: job.decisionMaker });
    }
  } else {
    const p = c.person ?? personName(rng);
    const email = c.person?.email ?? uniqueEmail(book, p.first, p.last, rng.pick(['mail.example.com', 'inbox.example.net', 'post.example.org']), rng);
    const tel = c.person?.phone ?? phone(rng);
    const name = `${p.first} ${p.last}`;
    account = records.insert('Account', {
      Name: name, FirstName: p.first, LastName: p.last, PersonEmail: email, IsPersonAccount: true, Phone: tel,
      ShippingCity: city, ShippingState: c.state,
      Description: `Customer since ${created.slice(0, 4)}. Prefers ${rng.pick(['chat', 'email', 'phone'])} contact.`,
      OwnerId: ownerId, CreatedDate: created,
    });
    const row = records.insert('Contact', {
      FirstName: p.first, LastName: p.last, Name: name, Email: email, Phone: tel, Title: null,
      MailingState: c.state, AccountId: account.Id, OwnerId: ownerId, CreatedDate: created,
    });
    contacts.push({ id: row.Id, name, first: p.first, last: p.last, email, title: '', decisionMaker: true });
  }
  const ref: AccountRef = {
    id: account.Id, name: String(account.Name), state: c.state, ownerId, createdMs: c.createdMs, contacts,
    habit: round3(logNormal(rng, 0.9)), purchaseRate: round3(logNormal(rng, 0.7)),
  };
  book.accounts.push(ref);
  ctx.latent.complaintHabit.push({ accountId: ref.id, rate: ref.habit });
  return ref;
}

/** Writes the accounts that exist before the history window's lead conversions. */
export function generateCustomers(ctx: GenContext, staff: StaffRefs): CustomerBook {
  const rng = ctx.rng('customers');
  const book: CustomerBook = { accounts: [], usedCompanies: new Set(), usedEmails: new Set() };
  const n = scaled(ctx, ctx.sizes.accounts, 10);
  const span = ctx.todayMs - 30 * DAY - (ctx.startMs - 730 * DAY);
  for (let i = 0; i < n; i++) {
    // Older customers are more common: most accounts predate the window.
    const createdMs = ctx.startMs - 730 * DAY + Math.floor(Math.pow(rng.next(), 1.6) * span / DAY) * DAY;
    addCustomer(ctx, staff, book, rng, { state: pickState(rng).code, createdMs });
  }
  return book;
}
