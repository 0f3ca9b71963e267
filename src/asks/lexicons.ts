/**
 * The built-in lexicons: for each kind of fact, the words and phrases by which
 * agents ask for it. `strong` terms name the kind on their own ("e-mail",
 * "callback number", "how many"); `weak` terms fit several kinds or other
 * things too ("number", "when", "name") and count only when nothing else in
 * the clause explains them. Phrases match on stems, may skip articles and
 * possessives between their words, and the longest phrase wins a word, so
 * "email address" is e-mail, not a postal address, and "phone number" is not
 * an identifier.
 */
import type { FactKind } from '../scenario/schema.js';

/** The terms of one kind. */
export interface Lexicon {
  strong: readonly string[];
  weak: readonly string[];
}

/** Role words of a period: the start or the end of it. */
export const PERIOD_ROLES = {
  start: ['start', 'begin', 'beginning', 'first', 'from', 'since', 'starting', 'earliest', 'opening'],
  end: ['end', 'last', 'until', 'till', 'through', 'up to', 'ending', 'latest', 'finish', 'closing', 'to'],
} as const;

export const LEXICONS: Readonly<Record<FactKind, Lexicon>> = {
  identifier: {
    strong: [
      'id', 'reference', 'ref', 'reference number', 'confirmation number', 'confirmation code', 'booking code', 'reservation code',
      'record locator', '#', 'no.', 'tracking number', 'code on', 'six character code', 'six letter code', 'number on your receipt',
    ],
    weak: ['number', 'code', 'nr', 'num'],
  },
  email: {
    strong: ['email', 'e mail', 'e-mail', 'email address', 'mail address', 'e-mail address', 'mailbox', 'inbox address', 'emails'],
    weak: ['mail'],
  },
  phone: {
    strong: [
      'phone', 'telephone', 'phone number', 'mobile', 'mobile number', 'cell', 'cellphone', 'cell number', 'callback', 'call back number',
      'callback number', 'contact number', 'number to call', 'number to reach', 'call you', 'call you back', 'reach you', 'ring you', 'text you',
      'landline', 'whatsapp', 'sms', 'number where', 'number we can call', 'number we can reach', 'mobile no.', 'phone no.',
    ],
    weak: ['number', 'contact'],
  },
  person: {
    strong: [
      'your name', 'full name', 'first name', 'last name', 'surname', 'family name', 'given name', 'whose name', 'who am i speaking',
      'who am i talking', 'who am i chatting', 'who i am speaking', "who i'm speaking", 'who is this', "who's this", 'who are you',
      'who is speaking', 'who do i have', 'whom am i', 'contact person', 'point of contact', 'account owner', 'owner', 'rep',
      'representative', 'sales rep', 'salesperson', 'sales person', 'account manager', 'agent', 'seller', 'put down as the contact',
      'name on the', 'names', 'who owns', 'who is responsible', 'who handles', 'who manages', 'in charge',
    ],
    weak: ['name', 'who', 'whom', 'whose', 'person', 'contact', 'spell'],
  },
  organization: {
    strong: [
      'company', 'organisation', 'organization', 'firm', 'employer', 'business', 'who you work for', 'who do you work for',
      'work for', 'which customer', 'customer name', 'company name', 'account name', 'client name', 'name of company', 'name of organisation',
      'name of organization', 'name of firm', 'name of customer', 'name of client', 'name of account', 'name of business', 'client', 'customer',
      'represent', 'agency', 'enterprise', 'corporation', 'employer name', 'firm name', 'business name', 'organisation name', 'organization name', 'which account', 'from where you are writing', 'contacting us from',
    ],
    weak: ['account'],
  },
  date: {
    strong: [
      'date', 'day', 'which day', 'what day', 'since when', 'how long', 'what time', 'on which day', 'on what day', 'what date',
      'which date', 'first happen', 'start happening', 'when exactly',
    ],
    weak: ['when', 'since'],
  },
  period: {
    strong: [
      'period', 'date range', 'range', 'time frame', 'timeframe', 'time window', 'window', 'quarter', 'month', 'year', 'week', 'between',
      'from when', 'until when', 'through when', 'which dates', 'what dates', 'dates', 'span', 'start date', 'end date', 'first day', 'last day',
      'fiscal', 'season', 'interval', 'time span', 'timespan',
    ],
    weak: ['date', 'day', 'when', 'since'],
  },
  product: {
    strong: [
      'product', 'item', 'model', 'device', 'article', 'sku', 'product line', 'make and model', 'which one did you buy',
      'what did you buy', 'what did you purchase', 'what did you order', 'what did you get', 'what you bought', 'what you purchased',
      'what you ordered', 'which machine', 'appliance', 'hardware', 'unit you have',
    ],
    weak: [
      'laptop', 'printer', 'router', 'modem', 'tablet', 'computer', 'pc', 'monitor', 'tv', 'television', 'camera', 'headphones', 'speaker',
      'blender', 'kettle', 'vacuum', 'watch', 'console', 'thermostat', 'bulb', 'lamp', 'charger', 'keyboard', 'mouse', 'fridge', 'oven',
      'machine', 'gadget',
    ],
  },
  amount: {
    strong: [
      'how much', 'amount', 'total', 'price', 'cost', 'charge', 'charged', 'billed', 'bill', 'paid', 'pay', 'fare', 'sum', 'worth',
      'deal size', 'value', 'payment', 'spent', 'spend', 'refund amount', 'invoice total', 'how big', 'size of',
    ],
    weak: ['much', 'money', 'dollars', 'euros', 'size'],
  },
  quantity: {
    strong: ['how many', 'quantity', 'number of', 'count', 'how much pieces', 'how much units', 'units', 'pieces', 'packs', 'seats'],
    weak: ['many', 'number'],
  },
  address: {
    strong: [
      'delivery address', 'shipping address', 'postal address', 'home address', 'street', 'postcode', 'post code', 'zip', 'zip code',
      'postal code', 'where do you live', 'where should we ship', 'where should we send', 'where should we deliver', 'where would you like',
      'where to send', 'where to ship', 'shipping details', 'delivery details', 'address details', 'where are you located', 'where to deliver', 'where must', 'house number', 'city', 'billing address',
    ],
    weak: ['address', 'where', 'location'],
  },
  issue: {
    strong: [
      'problem', 'issue', "what's wrong", 'what is wrong', 'what went wrong', 'going wrong', 'symptom', 'error', 'fault', 'trouble',
      'what happens', 'what exactly happens', 'what is happening', "what's happening", 'describe', 'behaving', 'defect', 'malfunction',
    ],
    weak: ['wrong', 'happen', 'happening'],
  },
};

/** Kinds whose terms also count, as weak ones, for a kind: a period is asked for with date words too. */
export const ALSO_ACCEPTS: Partial<Record<FactKind, readonly FactKind[]>> = {
  period: ['date'],
  organization: [],
};
