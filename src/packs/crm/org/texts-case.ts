/**
 * Seeded templates for what customers write when they open a case, and the
 * troubleshooting steps agents and knowledge articles suggest per issue. The
 * variety comes from several phrasings per slot, so two cases about the same
 * issue rarely read alike, yet each names its product and issue plainly
 * enough for keyword search to find it.
 */
import type { Rng } from '../../../util/rng.js';

/** Three troubleshooting steps per issue name; unknown issues fall back to generic steps. */
const ISSUE_STEPS: Record<string, [string, string, string]> = {
  'Device fails to boot': ['power-cycle the unit and hold the reset button for 10 seconds', 'connect to the console port and check the boot log', 'reinstall the recovery image from a USB drive'],
  'Firmware update failure': ['confirm the image checksum matches the release notes', 'clear the staging partition and retry the upgrade', 'roll back to the previous image from the boot menu'],
  'Intermittent connectivity': ['check the link counters for CRC errors', 'replace the patch cable or transceiver', 'disable power-saving on the affected ports'],
  Overheating: ['check that the fans spin and the vents are not blocked', 'keep the unit away from heat sources and direct sunlight', 'lower the load or move the unit to a cooler spot'],
  'Port failure': ['move the cable to a spare port to isolate the fault', 'check the port status and error counters', 'reseat the module or transceiver'],
  'Power supply failure': ['test the outlet with another device', 'swap the power cord', 'install the redundant power supply if one is fitted'],
  'Performance degradation': ['compare current throughput with the baseline report', 'look for broadcast storms or loops', 'upgrade to the latest recommended firmware'],
  'License activation error': ['confirm the license key matches the organisation ID', 'check that the devices are claimed in the dashboard', 'reapply the key after clearing the browser cache'],
  'Dashboard not loading': ['try a private browser window', 'check the service status page', 'allow the dashboard domains through the proxy'],
  'SSO login failure': ['verify the identity provider certificate has not expired', 'check the assertion attributes and user mapping', 'sign in with a local admin account to review SSO settings'],
  'Integration API error': ['check the API key scope and expiry', 'retry with exponential backoff on rate-limit responses', 'compare the request body with the API reference'],
  'Configuration sync error': ['confirm the device is online in the dashboard', 'force a configuration resync', 'check for conflicting local overrides'],
  'Support response delay': ['confirm the support plan on the account', 'escalate the ticket to the duty manager', 'schedule a follow-up call with the customer'],
  'Billing discrepancy': ['compare the invoice lines with the order', 'check for duplicate or prorated charges', 'raise a billing adjustment request'],
  'Shipment damaged': ['photograph the packaging and the unit', 'record the carrier tracking number', 'arrange a replacement shipment'],
  'Missing components': ['check the packing list against the box contents', 'confirm the order line quantities', 'ship the missing parts'],
  'Battery drains quickly': ['turn off always-on features you do not use', 'update to the latest firmware in the app', 'fully charge and discharge the battery once to recalibrate it'],
  'Device will not charge': ['try a different cable and wall adapter', 'clean the charging contacts with a dry cloth', 'leave it on the charger for 30 minutes before switching on'],
  'Bluetooth pairing fails': ['remove the product from the phone and pair again', 'reset the product to factory settings', 'keep the phone within one meter while pairing'],
  'App sync issues': ['update the app and sign out and in again', 'check that background refresh is allowed', 'reinstall the app and re-add the product'],
  'Firmware update failed': ['keep the product on the charger during the update', 'restart the phone and retry the update', 'use the recovery mode described in the manual'],
  'Software crash': ['restart the product', 'update to the latest firmware', 'reset to factory settings if crashes continue'],
  'Water damage': ['switch the product off and let it dry for 48 hours', 'do not charge it while wet', 'check the water-resistance rating in the product article'],
  'Leaking water': ['check that the tank is seated correctly', 'inspect the seal for cracks', 'descale the appliance'],
  'Loss of suction': ['empty the bin and clean the filter', 'check the brush roll and hose for blockages', 'replace the filter if it is older than six months'],
  'Unusual noise': ['check for loose parts or debris', 'place the appliance on a flat, stable surface', 'run a short cleaning cycle'],
  'Heating element failure': ['confirm the outlet delivers full power', 'reset the thermal fuse by unplugging for 15 minutes', 'descale the heating plate'],
  'Arrived damaged': ['photograph the product and the box', 'keep the packaging for the courier', 'arrange a replacement'],
  'Missing parts': ['check the box contents list', 'look under the packaging inserts', 'ship the missing parts'],
  'Wrong item received': ['compare the order number with the packing slip', 'print the prepaid return label', 'ship the correct item'],
  'Late delivery': ['check the tracking status with the courier', 'confirm the delivery address', 'open a trace with the carrier'],
  'Strap or casing broke': ['check whether the damage is a manufacturing defect', 'confirm the purchase date', 'arrange a replacement part'],
  'Refund request': ['confirm the delivery date of the order', 'check the item condition', 'issue the refund or explain the alternatives'],
  'Double charge on card': ['compare the card statement with the order', 'check for a pending authorisation that will drop off', 'refund the duplicate charge'],
  'Protection plan claim': ['confirm the plan is active for the product', 'collect photos of the damage', 'book the repair or replacement'],
};

// Issues about orders, billing and service levels: the agent acts on the order, the customer has nothing to try.
const AGENT_SIDE = new Set([
  'Support response delay', 'Billing discrepancy', 'Shipment damaged', 'Missing components', 'Arrived damaged',
  'Missing parts', 'Wrong item received', 'Late delivery', 'Refund request', 'Double charge on card', 'Protection plan claim',
]);

/** True for issues the agent resolves on the order or account rather than by asking the customer to try steps. */
export function isAgentSideIssue(issue: string): boolean {
  return AGENT_SIDE.has(issue);
}

/** The steps of an issue. */
export function issueSteps(issue: string): [string, string, string] {
  return ISSUE_STEPS[issue] ?? ['restart the product', 'update to the latest software', 'contact support with the serial number'];
}

/** A case subject that names the product and the issue. */
export function caseSubject(rng: Rng, issue: string, product: string): string {
  return rng.pick([
    `${issue} on ${product}`,
    `${product}: ${issue.toLowerCase()}`,
    `${product} - ${issue}`,
    `Help needed: ${issue.toLowerCase()} (${product})`,
  ]);
}

/** What the customer wrote when opening the case. */
export function caseDescription(
  rng: Rng,
  a: { issue: string; issueDescription: string; product: string; deliveredDate: string; b2b: boolean },
): string {
  const opener = a.b2b
    ? rng.pick([`Our ${a.product} units are affected.`, `We are seeing a problem with the ${a.product} we deployed.`, `One of our sites reports trouble with the ${a.product}.`])
    : rng.pick([`I bought the ${a.product} and it is not working right.`, `My ${a.product} has a problem.`, `I need help with my ${a.product}.`]);
  const detail = a.issueDescription.replace(/^The (customer|product)/, 'It');
  const since = rng.pick([`It was delivered on ${a.deliveredDate}.`, `We received it on ${a.deliveredDate}.`, `Delivery date: ${a.deliveredDate}.`]);
  const ask = a.b2b
    ? rng.pick(['Please advise on next steps.', 'This is affecting production, please help.', 'Can someone look into this?'])
    : rng.pick(['What can I do?', 'Please help.', 'Can you fix this or send a new one?']);
  return `${opener} ${detail} ${since} ${ask}`;
}
