/**
 * Stage 3: the staff. Writes profiles, users (service agents, sales reps, their
 * managers, and an integration user that owns web orders), the sales
 * territories with their state lists, and who covers which territory. Samples
 * each agent's hidden skill and each territory's hidden win and conversion
 * factors.
 */
import type { Rng } from '../../../util/rng.js';
import type { GenContext } from './gen-context.js';
import { scaled } from './gen-context.js';
import { mailbox, phone } from './identity.js';
import { gaussian, logNormal } from './sampling.js';
import type { CatalogRefs } from './stage-catalog.js';
import { FIRST_NAMES, LAST_NAMES, REGIONS, TIME_ZONES } from './vocabulary.js';

/** A user as later stages need it. */
export interface UserRef {
  id: string;
  name: string;
  first: string;
  last: string;
  email: string;
  title: string;
}

/** A territory with the reps that cover it. */
export interface TerritoryRef {
  id: string;
  name: string;
  states: string[];
  reps: UserRef[];
}

/** The org's people. */
export interface StaffRefs {
  service: UserRef[];
  reps: UserRef[];
  salesManagers: UserRef[];
  vp: UserRef;
  serviceManagers: UserRef[];
  integration: UserRef;
  territories: TerritoryRef[];
  territoryOfState: Map<string, TerritoryRef>;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Writes Profile, User, Territory2 and UserTerritory2Association; fills the agents' and territories' latents. */
export function generateStaff(ctx: GenContext, catalog: CatalogRefs): StaffRefs {
  const rng = ctx.rng('staff');
  const { records, sizes } = ctx;
  const domain = ctx.catalog.emailDomain;
  const profiles = new Map<string, string>();
  for (const name of ['System Administrator', 'Service Cloud User', 'Sales User', 'Manager']) {
    profiles.set(name, records.insert('Profile', { Name: name }).Id);
  }
  const usedNames = new Set<string>();
  const makeUser = (title: string | null, dept: string | null, profile: string, managerId: string | null): UserRef => {
    let first = rng.pick(FIRST_NAMES);
    let last = rng.pick(LAST_NAMES);
    while (usedNames.has(`${first} ${last}`)) {
      first = rng.pick(FIRST_NAMES);
      last = rng.pick(LAST_NAMES);
    }
    usedNames.add(`${first} ${last}`);
    const email = title === null ? `integration@${domain}` : `${mailbox(first, last)}@${domain}`;
    const row = records.insert('User', {
      Username: `${email}.crm`, FirstName: first, LastName: last, Name: `${first} ${last}`,
      Alias: `${first[0]}${last}`.toLowerCase().slice(0, 8), Email: email, Phone: phone(rng), Title: title,
      Department: dept, ProfileId: profiles.get(profile) ?? null, ManagerId: managerId, IsActive: true,
      TimeZoneSidKey: rng.pick(TIME_ZONES), LocaleSidKey: 'en_US', LanguageLocaleKey: 'en_US', EmailEncodingKey: 'UTF-8',
    });
    return { id: row.Id, name: `${first} ${last}`, first, last, email, title: title ?? '' };
  };

  const vp = makeUser('VP of Sales', 'Sales', 'Manager', null);
  const salesManagers = Array.from({ length: sizes.salesManagers }, () => makeUser('Sales Manager', 'Sales', 'Manager', vp.id));
  const serviceManagers = Array.from({ length: sizes.serviceManagers }, () =>
    makeUser('Service Manager', 'Service', 'Manager', null));
  const reps = Array.from({ length: scaled(ctx, sizes.salesReps, REGIONS.length) }, (_, i) =>
    makeUser('Sales Representative', 'Sales', 'Sales User', salesManagers[i % salesManagers.length]!.id));
  const service = Array.from({ length: scaled(ctx, sizes.serviceAgents, 6) }, (_, i) =>
    makeUser(rng.next() < 0.3 ? 'Senior Service Agent' : 'Service Agent', 'Service', 'Service Cloud User',
      serviceManagers[i % serviceManagers.length]!.id));
  const integration = makeUser(null, null, 'System Administrator', null);

  const territories = assignTerritories(ctx, rng, reps, salesManagers);
  const territoryOfState = new Map<string, TerritoryRef>();
  for (const t of territories) for (const s of t.states) territoryOfState.set(s, t);

  sampleServiceSkills(ctx, rng, service, catalog);
  for (const rep of [...reps, ...salesManagers]) {
    ctx.latent.salesAgents.push({
      userId: rep.id, name: rep.name, title: rep.title,
      territoryIds: territories.filter((t) => t.reps.includes(rep)).map((t) => t.id),
      winRate: round3(0.22 + rng.next() * 0.45),
      cycleSpeed: round3(logNormal(rng, 0.3)),
      discountHabit: Math.round((3 + rng.next() * 11) * 10) / 10,
      dealSize: round3(logNormal(rng, 0.25)),
      leadSkill: round3(logNormal(rng, 0.3)),
    });
  }
  return { service, reps, salesManagers, vp, serviceManagers, integration, territories, territoryOfState };
}

function assignTerritories(ctx: GenContext, rng: Rng, reps: UserRef[], managers: UserRef[]): TerritoryRef[] {
  const out: TerritoryRef[] = REGIONS.map((r) => {
    const row = ctx.records.insert('Territory2', {
      Name: r.name, DeveloperName: r.name.replace(/[^A-Za-z]/g, '_'), Description: r.states.join(','),
    });
    return { id: row.Id, name: r.name, states: [...r.states], reps: [] };
  });
  // Every territory gets a rep; extra reps double up on the territories with the most states.
  const order = [...out].sort((a, b) => b.states.length - a.states.length);
  reps.forEach((rep, i) => order[i % order.length]!.reps.push(rep));
  out.forEach((t, i) => {
    for (const rep of t.reps) {
      ctx.records.insert('UserTerritory2Association', {
        UserId: rep.id, Territory2Id: t.id, RoleInTerritory2: 'Sales Representative',
      });
    }
    ctx.records.insert('UserTerritory2Association', {
      UserId: managers[i % managers.length]!.id, Territory2Id: t.id, RoleInTerritory2: 'Owner',
    });
    ctx.latent.territories.push({
      territoryId: t.id, name: t.name, states: t.states,
      winRateFactor: round3(0.75 + rng.next() * 0.5),
      leadConversionFactor: round3(0.7 + rng.next() * 0.6),
    });
  });
  return out;
}

function sampleServiceSkills(ctx: GenContext, rng: Rng, agents: UserRef[], catalog: CatalogRefs): void {
  const families = [...new Set(catalog.products.map((p) => p.family))];
  for (const a of agents) {
    const ability = 0.3 + rng.next() * 0.55;
    const issueSkill: Record<string, number> = {};
    for (const i of catalog.issues) issueSkill[i.id] = round3(clamp(ability + 0.2 * gaussian(rng), 0.05, 0.98));
    const familySkill: Record<string, number> = {};
    for (const f of families) familySkill[f] = round3(clamp(ability + 0.12 * gaussian(rng), 0.05, 0.98));
    const ruleBending = round3(logNormal(rng, 0.8));
    ctx.latent.serviceAgents.push({ userId: a.id, name: a.name, issueSkill, familySkill, ruleBending });
  }
}
