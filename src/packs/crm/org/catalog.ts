/**
 * What each org sells and what goes wrong with it. The B2B org is a network
 * equipment and cloud-software vendor selling to companies; the B2C org a
 * consumer electronics and home-appliance brand selling to people. Products
 * carry the facts their knowledge articles state (warranty, a headline spec),
 * and issues say which kinds of product they can affect, so a case about a
 * "license activation error" never hangs off a power cable.
 */
import type { CrmOrgKind } from './crm-org-schema.js';

/** What sort of thing a product is; issues apply to kinds. */
export type ProductKind = 'device' | 'appliance' | 'software' | 'service' | 'accessory';

/** A product of the catalog, before Ids are assigned. */
export interface CatalogProduct {
  name: string;
  code: string;
  family: string;
  kind: ProductKind;
  listPrice: number;
  warrantyMonths: number;
  /** A headline spec sentence used in the product's knowledge article, e.g. "supports up to 48 ports". */
  spec: string;
  /** The question the spec answers and its short answer, e.g. "How many ports …?" → "48 ports". */
  specQuestion: string;
  specAnswer: string;
}

/** An issue category (Issue__c), before Ids are assigned. */
export interface CatalogIssue {
  name: string;
  description: string;
  kinds: readonly ProductKind[];
  /** Typical hours from case creation to closure for an average agent. */
  baseHandleHours: number;
}

/** The seller's name plus its products and issues. */
export interface Catalog {
  company: string;
  emailDomain: string;
  products: CatalogProduct[];
  issues: CatalogIssue[];
}

interface FamilySpec {
  family: string;
  kind: ProductKind;
  models: readonly string[];
  basePrice: number;
  warrantyMonths: number;
  /** One headline figure per model, its unit, the sentence stating it (`{v}` = figure) and the question it answers. */
  values: readonly number[];
  unit: string;
  text: string;
  question: string;
}

const B2B_FAMILIES: readonly FamilySpec[] = [
  { family: 'Switches', kind: 'device', basePrice: 1800, warrantyMonths: 60,
    models: ['NX-1200 Edge Switch', 'NX-2400 Access Switch', 'NX-2400P PoE Switch', 'NX-4800 Core Switch',
      'NX-4800X Aggregation Switch', 'NX-9600 Spine Switch', 'NX-600 Desktop Switch', 'NX-3200 Industrial Switch'],
    values: [12, 24, 24, 48, 48, 96, 8, 32], unit: 'ports',
    text: 'supports up to {v} ports', question: 'How many ports does the {name} support?' },
  { family: 'Wireless', kind: 'device', basePrice: 650, warrantyMonths: 36,
    models: ['AirLink AP-5 Access Point', 'AirLink AP-6 Access Point', 'AirLink AP-6E Access Point',
      'AirLink Outdoor AP-O6', 'AirLink Mesh Node M2', 'AirLink Controller WC-200', 'AirLink Bridge B60'],
    values: [150, 250, 400, 200, 120, 2000, 60], unit: 'concurrent clients',
    text: 'serves up to {v} concurrent clients', question: 'How many concurrent clients can the {name} serve?' },
  { family: 'Security Appliances', kind: 'device', basePrice: 3200, warrantyMonths: 36,
    models: ['Sentinel FW-100 Firewall', 'Sentinel FW-300 Firewall', 'Sentinel FW-900 Firewall',
      'Sentinel VPN Gateway G2', 'Sentinel IDS Sensor S4', 'Sentinel Mail Shield MS1'],
    values: [1, 3, 9, 2, 5, 1.5], unit: 'Gbps',
    text: 'provides {v} Gbps of inspected throughput', question: 'What inspected throughput does the {name} provide?' },
  { family: 'Cloud Licenses', kind: 'software', basePrice: 420, warrantyMonths: 0,
    models: ['CloudView Essentials License', 'CloudView Advanced License', 'CloudView Enterprise License',
      'SecureEdge Threat Intel Subscription', 'FlowInsight Analytics License', 'ZeroTrust Access License',
      'Fleet Automation License'],
    values: [25, 100, 1000, 50, 200, 500, 250], unit: 'devices',
    text: 'manages up to {v} devices per license', question: 'How many devices can one {name} manage?' },
  { family: 'Support Plans', kind: 'service', basePrice: 900, warrantyMonths: 0,
    models: ['Standard Support Plan', 'Premium Support Plan', 'Mission Critical Support Plan'],
    values: [24, 4, 1], unit: 'hours',
    text: 'includes a first response within {v} hours', question: 'What first response time does the {name} include?' },
  { family: 'Professional Services', kind: 'service', basePrice: 2500, warrantyMonths: 0,
    models: ['Onsite Installation Service', 'Network Design Workshop', 'Wireless Site Survey'],
    values: [2, 3, 1], unit: 'days',
    text: 'is delivered in {v} days', question: 'How many days does the {name} take?' },
  { family: 'Accessories', kind: 'accessory', basePrice: 120, warrantyMonths: 12,
    models: ['10G SFP+ Transceiver', '40G QSFP Transceiver', 'Rack Mount Kit RK-2', 'Redundant Power Supply RPS-750',
      'PoE Injector PI-60', 'Console Cable Kit', 'Wall Mount Bracket WB-1'],
    values: [20, 25, 2400, 1800, 600, 300, 900], unit: 'grams',
    text: 'weighs {v} grams', question: 'How much does the {name} weigh?' },
];

const B2C_FAMILIES: readonly FamilySpec[] = [
  { family: 'Headphones', kind: 'device', basePrice: 149, warrantyMonths: 12,
    models: ['AeroPods Lite', 'AeroPods 2', 'AeroPods Pro', 'StudioMax Over-Ear', 'StudioMax ANC', 'RunBuds Sport',
      'KidSafe Headphones', 'BassBox Wireless'],
    values: [18, 24, 30, 40, 35, 12, 20, 28], unit: 'hours',
    text: 'offers up to {v} hours of battery life', question: 'How long does the battery of the {name} last?' },
  { family: 'Smartwatches', kind: 'device', basePrice: 249, warrantyMonths: 12,
    models: ['Pulse Watch 3', 'Pulse Watch 4', 'Pulse Watch Ultra', 'Pulse Band Fit', 'Pulse Kids Watch',
      'Pulse Watch Classic', 'Pulse Ring'],
    values: [30, 50, 100, 50, 30, 50, 100], unit: 'meters',
    text: 'is water resistant to {v} meters', question: 'To what depth is the {name} water resistant?' },
  { family: 'Smart Home', kind: 'device', basePrice: 99, warrantyMonths: 24,
    models: ['HomeHub Speaker', 'HomeHub Display 8', 'GlowBulb Color 4-Pack', 'GuardCam Indoor', 'GuardCam Outdoor',
      'SmartPlug Duo', 'ThermoSense Thermostat', 'DoorView Video Doorbell'],
    values: [30, 30, 25, 20, 40, 25, 35, 30], unit: 'meters',
    text: 'has a wireless range of {v} meters', question: 'What is the wireless range of the {name}?' },
  { family: 'Kitchen', kind: 'appliance', basePrice: 179, warrantyMonths: 24,
    models: ['BrewMaster Coffee Maker', 'BrewMaster Espresso Pro', 'CrispAir Fryer 5L', 'BlendPro 1200 Blender',
      'KettleSmart 1.7L', 'ChefPlate Induction Hob', 'FreshPress Juicer'],
    values: [1450, 1600, 1700, 1200, 2200, 2000, 800], unit: 'watts',
    text: 'uses {v} watts of power', question: 'How much power does the {name} use?' },
  { family: 'Vacuums', kind: 'appliance', basePrice: 299, warrantyMonths: 24,
    models: ['SwiftClean Robot V5', 'SwiftClean Robot V7', 'SwiftClean Stick S10', 'SwiftClean Stick S12',
      'SwiftClean Handheld H2', 'SwiftClean Wet-Dry W3'],
    values: [120, 180, 45, 60, 25, 35], unit: 'minutes',
    text: 'runs for up to {v} minutes per charge', question: 'How long does the {name} run on one charge?' },
  { family: 'Cameras', kind: 'device', basePrice: 399, warrantyMonths: 12,
    models: ['SnapShot Mini', 'SnapShot 4K', 'ActionCam Go 2', 'ActionCam Go 3', 'SkyLens Drone Mini',
      'SkyLens Drone Pro', 'InstaPrint Camera'],
    values: [30, 60, 60, 120, 30, 60, 24], unit: 'frames per second',
    text: 'records video at up to {v} frames per second in its top resolution', question: 'What is the top frame rate of the {name}?' },
  { family: 'Accessories', kind: 'accessory', basePrice: 29, warrantyMonths: 6,
    models: ['USB-C Fast Charger 30W', 'Wireless Charging Pad', 'Braided USB-C Cable', 'Watch Sport Strap',
      'Headphone Travel Case', 'Vacuum Filter 3-Pack', 'Camera Memory Card 128GB', 'Power Bank 10000'],
    values: [12, 9, 20, 6, 5, 4, 7, 15], unit: 'products',
    text: 'is compatible with {v} of our products', question: 'With how many of our products is the {name} compatible?' },
  { family: 'Protection Plans', kind: 'service', basePrice: 49, warrantyMonths: 0,
    models: ['CarePlus 1 Year', 'CarePlus 2 Years', 'CarePlus Accident Cover', 'CarePlus Family Plan'],
    values: [1, 2, 2, 5], unit: 'claims',
    text: 'covers up to {v} claims', question: 'How many claims does the {name} cover?' },
];

const B2B_ISSUES: readonly CatalogIssue[] = [
  ['Device fails to boot', 'Hardware does not complete power-on self test or stays on the boot loader.', ['device'], 30],
  ['Firmware update failure', 'A firmware or software image upgrade stops midway or rolls back.', ['device'], 26],
  ['Intermittent connectivity', 'Links or wireless clients drop and reconnect at random intervals.', ['device', 'accessory'], 44],
  ['Overheating', 'The unit reports high temperature alarms or shuts down under load.', ['device'], 36],
  ['Port failure', 'One or more physical ports do not link up or show errors.', ['device', 'accessory'], 28],
  ['Power supply failure', 'The power supply does not deliver power or fails over repeatedly.', ['device', 'accessory'], 22],
  ['Performance degradation', 'Throughput or latency is far worse than the rated figures.', ['device', 'software'], 52],
  ['License activation error', 'A license key is rejected or does not unlock the purchased features.', ['software'], 14],
  ['Dashboard not loading', 'The cloud management dashboard times out or shows a blank page.', ['software'], 18],
  ['SSO login failure', 'Single sign-on to the management portal fails for some or all users.', ['software'], 20],
  ['Integration API error', 'Calls to the management API return errors or inconsistent data.', ['software'], 40],
  ['Configuration sync error', 'Devices do not pick up configuration pushed from the cloud.', ['software', 'device'], 32],
  ['Support response delay', 'The customer reports that the contracted support response time was not met.', ['service'], 16],
  ['Billing discrepancy', 'An invoice does not match the quoted or contracted amount.', ['device', 'software', 'service', 'accessory'], 24],
  ['Shipment damaged', 'Equipment arrived with physical damage to the unit or packaging.', ['device', 'accessory'], 20],
  ['Missing components', 'The delivery is missing parts such as rails, cables or power cords.', ['device', 'accessory'], 18],
].map(([name, description, kinds, hours]) => ({
  name: name as string, description: description as string, kinds: kinds as ProductKind[], baseHandleHours: hours as number,
}));

const B2C_ISSUES: readonly CatalogIssue[] = [
  ['Battery drains quickly', 'The battery runs out much sooner than the advertised battery life.', ['device'], 30],
  ['Device will not charge', 'The product does not charge or the charging indicator stays off.', ['device', 'accessory'], 26],
  ['Bluetooth pairing fails', 'The product cannot pair or keeps disconnecting from the phone.', ['device'], 18],
  ['App sync issues', 'The companion app does not sync data or settings with the product.', ['device'], 22],
  ['Firmware update failed', 'An update through the app stops or leaves the product unresponsive.', ['device'], 24],
  ['Overheating', 'The product becomes hot to the touch during normal use.', ['device', 'appliance', 'accessory'], 34],
  ['Software crash', 'The product freezes or restarts on its own.', ['device'], 28],
  ['Water damage', 'The product stopped working after contact with water.', ['device'], 40],
  ['Leaking water', 'Water leaks from the tank or the base during use.', ['appliance'], 36],
  ['Loss of suction', 'Suction power drops noticeably even with a clean filter.', ['appliance'], 30],
  ['Unusual noise', 'The product makes grinding, rattling or buzzing sounds.', ['appliance', 'device'], 26],
  ['Heating element failure', 'The product does not heat up or heats unevenly.', ['appliance'], 32],
  ['Arrived damaged', 'The product or its box was damaged when it was delivered.', ['device', 'appliance', 'accessory'], 16],
  ['Missing parts', 'Parts listed in the box contents were not included.', ['device', 'appliance', 'accessory'], 14],
  ['Wrong item received', 'The delivered product is not the one that was ordered.', ['device', 'appliance', 'accessory'], 15],
  ['Late delivery', 'The order arrived well after the promised delivery date.', ['device', 'appliance', 'accessory'], 12],
  ['Strap or casing broke', 'A strap, hinge or casing part cracked or snapped.', ['device', 'accessory'], 22],
  ['Refund request', 'The customer wants to return the product for a refund.', ['device', 'appliance', 'accessory', 'service'], 20],
  ['Double charge on card', 'The customer was charged twice for one order.', ['device', 'appliance', 'accessory', 'service'], 18],
  ['Protection plan claim', 'The customer files a claim under a protection plan.', ['service'], 38],
].map(([name, description, kinds, hours]) => ({
  name: name as string, description: description as string, kinds: kinds as ProductKind[], baseHandleHours: hours as number,
}));

function expand(families: readonly FamilySpec[], prefix: string): CatalogProduct[] {
  const out: CatalogProduct[] = [];
  families.forEach((fam, f) => {
    fam.models.forEach((model, i) => {
      // Prices step up within a family so the lineup reads like entry, mid and premium tiers.
      const listPrice = Math.round(fam.basePrice * (0.6 + 0.25 * i) / 5) * 5 - 0.01;
      out.push({
        name: model,
        code: `${prefix}-${String(f + 1).padStart(2, '0')}${String(i + 1).padStart(2, '0')}`,
        family: fam.family,
        kind: fam.kind,
        listPrice: Math.max(9.99, listPrice),
        warrantyMonths: fam.warrantyMonths,
        spec: fam.text.replace('{v}', String(fam.values[i])),
        specQuestion: fam.question.replace('{name}', model),
        specAnswer: `${fam.values[i]} ${fam.unit}`,
      });
    });
  });
  return out;
}

/** The catalog of an org (fixed per org, independent of the seed). */
export function crmCatalog(org: CrmOrgKind): Catalog {
  return org === 'b2b'
    ? { company: 'Vertexa Networks', emailDomain: 'vertexa.example.com', products: expand(B2B_FAMILIES, 'VX'), issues: [...B2B_ISSUES] }
    : { company: 'Lumio Home', emailDomain: 'lumio.example.com', products: expand(B2C_FAMILIES, 'LM'), issues: [...B2C_ISSUES] };
}

/** Product families of an org, in catalog order. */
export function crmProductFamilies(org: CrmOrgKind): string[] {
  return (org === 'b2b' ? B2B_FAMILIES : B2C_FAMILIES).map((f) => f.family);
}
