/**
 * Stage 5: leads. Each lead comes from a source and a state, is owned by a rep
 * of the state's territory, and converts with a probability set by three
 * latents: the source's base rate, the territory's conversion factor and the
 * owner's lead skill. A converted lead becomes an account and contact through
 * the customer stage; the sales stage then opens its opportunity.
 */
import { DAY, fmtDate, fmtDateTime, officeTime } from './calendar.js';
import type { GenContext } from './gen-context.js';
import { scaled } from './gen-context.js';
import { companyDomain, companyName, mailbox, personName, phone, pickState } from './identity.js';
import { PICKLISTS } from './picklists.js';
import { cumulative, logNormal, pickCumulative } from './sampling.js';
import { addCustomer, type AccountRef, type CustomerBook } from './stage-customers.js';
import type { StaffRefs, UserRef } from './stage-staff.js';
import { JOB_TITLES } from './vocabulary.js';
import type { Row } from './org-records.js';

/** A lead as the activity stage needs it. */
export interface LeadRef {
  id: string;
  row: Row;
  name: string;
  company: string;
  title: string;
  decisionMaker: boolean;
  state: string;
  status: string;
  owner: UserRef;
  createdMs: number;
}

/** A converted lead and the customer it became. */
export interface Conversion {
  lead: LeadRef;
  account: AccountRef;
  convertedMs: number;
  source: string;
}

const BASE_RATES: Record<string, number> = {
  Referral: 0.36, Partner: 0.28, 'Trade Show': 0.2, Web: 0.14, Advertisement: 0.09, 'Cold Call': 0.06,
};
const SOURCE_WEIGHTS = [22, 10, 8, 34, 16, 10]; // in PICKLISTS.leadSource order

/** Writes the leads, converting some into customers; returns all leads and the conversions. */
export function generateLeads(ctx: GenContext, staff: StaffRefs, book: CustomerBook): { leads: LeadRef[]; conversions: Conversion[] } {
  const rng = ctx.rng('leads');
  const { latent } = ctx;
  for (const src of PICKLISTS.leadSource) {
    latent.leadConversionBySource[src] = Math.round((BASE_RATES[src] ?? 0.1) * (0.8 + rng.next() * 0.4) * 1000) / 1000;
  }
  const sourceCum = cumulative(SOURCE_WEIGHTS);
  const monthCum = cumulative(ctx.months.map((m, i) => (latent.seasonality.salesMonthWeights[new Date(m).getUTCMonth()] ?? 1) * (0.8 + i / 60)));
  const skillOf = new Map(latent.salesAgents.map((a) => [a.userId, a.leadSkill]));
  const territoryFactor = new Map(latent.territories.map((t) => [t.territoryId, t.leadConversionFactor]));
  const leads: LeadRef[] = [];
  const conversions: Conversion[] = [];
  const n = scaled(ctx, ctx.sizes.leads, 20);
  for (let i = 0; i < n; i++) {
    const source = PICKLISTS.leadSource[pickCumulative(rng, sourceCum)] ?? 'Web';
    const { code: state } = pickState(rng);
    const territory = staff.territoryOfState.get(state);
    const owner = territory && territory.reps.length > 0 ? rng.pick(territory.reps) : rng.pick(staff.reps);
    const monthStart = ctx.months[pickCumulative(rng, monthCum)] ?? ctx.startMs;
    const createdMs = Math.min(ctx.todayMs - DAY, monthStart + rng.int(28) * DAY);
    const person = personName(rng);
    const b2b = ctx.org === 'b2b';
    const job = rng.pick(JOB_TITLES);
    const company = b2b ? companyName(rng, book.usedCompanies) : `${person.last} Household`;
    const email = b2b
      ? `${mailbox(person.first, person.last)}@${companyDomain(company)}`
      : `${mailbox(person.first, person.last)}${rng.int(100)}@${rng.pick(['mail.example.com', 'inbox.example.net'])}`;
    const family = rng.pick(ctx.policies.baseFamilies);
    const ageDays = (ctx.todayMs - createdMs) / DAY;
    const p = (latent.leadConversionBySource[source] ?? 0.1) * (territory ? territoryFactor.get(territory.id) ?? 1 : 1) * (skillOf.get(owner.id) ?? 1);
    const converts = ageDays > 12 && rng.next() < Math.min(0.9, p);
    const status = converts ? 'Converted' : leadStatus(ageDays, rng.next());
    const row = ctx.records.insert('Lead', {
      FirstName: person.first, LastName: person.last, Name: `${person.first} ${person.last}`, Company: company,
      Title: b2b ? job.title : null, Email: email, Phone: phone(rng), Industry: b2b ? rng.pick(PICKLISTS.industry) : null,
      ...(b2b ? { NumberOfEmployees: Math.round(20 * logNormal(rng, 1.3)) + 5 } : {}),
      LeadSource: source, State: state, Status: status, OwnerId: owner.id, IsConverted: converts,
      ConvertedDate: null, ConvertedAccountId: null, ConvertedContactId: null, ConvertedOpportunityId: null,
      Description: b2b
        ? `Interested in ${family.toLowerCase()} for ${1 + rng.int(12)} sites; came in through ${source.toLowerCase()}.`
        : `Asked about our ${family.toLowerCase()} through ${source.toLowerCase()}.`,
      CreatedDate: fmtDateTime(officeTime(createdMs, rng)),
    });
    const lead: LeadRef = {
      id: row.Id, row, name: `${person.first} ${person.last}`, company, title: b2b ? job.title : '',
      decisionMaker: b2b ? job.decisionMaker : true, state, status, owner, createdMs,
    };
    leads.push(lead);
    if (converts) {
      const convertedMs = Math.min(ctx.todayMs - DAY, createdMs + (5 + rng.int(Math.min(60, Math.floor(ageDays) - 4))) * DAY);
      const account = addCustomer(ctx, staff, book, rng, {
        ...(b2b ? { company, industry: String(row.Industry), employees: Number(row.NumberOfEmployees) } : {}),
        person: { first: person.first, last: person.last, email, phone: String(row.Phone), title: lead.title },
        state, createdMs: convertedMs,
      });
      row.ConvertedDate = fmtDate(convertedMs);
      row.ConvertedAccountId = account.id;
      row.ConvertedContactId = account.contacts[0]?.id ?? null;
      conversions.push({ lead, account, convertedMs, source });
    }
  }
  return { leads, conversions };
}

function leadStatus(ageDays: number, u: number): string {
  if (ageDays < 14) return u < 0.6 ? 'New' : 'Contacted';
  if (ageDays < 60) return u < 0.5 ? 'Contacted' : u < 0.7 ? 'Qualified' : 'Unqualified';
  return u < 0.2 ? 'Contacted' : u < 0.35 ? 'Qualified' : 'Unqualified';
}
