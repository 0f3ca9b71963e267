/**
 * Object synonyms: the things facts are about, and the other words agents use
 * for them. A fact "my order number" is about an order, so "that purchase"
 * and "your receipt" refer to the same object. Groups are matched on stems;
 * a word may sit in two groups (an airline "ticket" is a booking, a helpdesk
 * "ticket" a case), which is harmless because a scenario rarely holds both.
 */
import { phraseStems } from './tokens.js';

const GROUPS: readonly (readonly string[])[] = [
  ['order', 'purchase', 'receipt', 'transaction', 'invoice', 'checkout'],
  ['case', 'ticket', 'support request', 'service request', 'request', 'incident', 'complaint', 'support ticket', 'enquiry', 'inquiry'],
  ['account', 'company', 'customer', 'client', 'organisation', 'organization', 'business', 'firm'],
  ['booking', 'reservation', 'ticket', 'e-ticket', 'itinerary', 'trip'],
  ['quote', 'quotation', 'proposal', 'offer'],
  ['opportunity', 'deal', 'opp'],
  ['lead', 'prospect'],
  ['parcel', 'package', 'shipment', 'delivery', 'deliver', 'arrive', 'receive', 'came'],
  ['passenger', 'traveller', 'traveler', 'people', 'person', 'seat', 'travelling', 'traveling', 'flying', 'fly'],
  ['rep', 'representative', 'salesperson', 'owner', 'agent', 'seller'],
  ['problem', 'issue', 'fault', 'error', 'symptom', 'trouble', 'defect'],
  ['start', 'begin', 'began', 'first', 'happen', 'happening'],
  ['product', 'item', 'model', 'device', 'article'],
  ['return', 'send back', 'take back', 'returning'],
  ['charge', 'bill', 'pay', 'paid', 'cost'],
  ['flight', 'fly', 'flying', 'travel', 'departure', 'depart'],
];

const byStem = new Map<string, string[]>();
for (const group of GROUPS) {
  const stems = group.map((w) => phraseStems(w).join(' '));
  for (const s of stems) byStem.set(s, [...new Set([...(byStem.get(s) ?? []), ...stems])]);
}

/**
 * The stems (single words or space-joined phrases) that name the same object
 * as `stem`, itself included.
 *
 * @example
 * synonymsOf('purchas'); // ['order', 'purchas', 'receipt', …]
 */
export function synonymsOf(stem: string): string[] {
  return byStem.get(stem) ?? [stem];
}
