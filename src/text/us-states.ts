/**
 * US state names and their two-letter postal codes, so that "CA & TX" reads as
 * "California & Texas" where the gold names states. A fixed table of 50 states
 * and DC: too small to warrant a dependency.
 */
const STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine',
  MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada',
  NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon',
  PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia',
  WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};
const NAMES = new Set(Object.values(STATES).map((name) => name.toLowerCase()));

/** Whether `text` is a US state's name ("Texas", "new york"). */
export function isUsStateName(text: string): boolean {
  return NAMES.has(text.trim().toLowerCase());
}

/** The state a two-letter upper-case code names ("CA" gives "California"), or `null`. */
export function usStateName(code: string): string | null {
  return /^[A-Z]{2}$/.test(code.trim()) ? (STATES[code.trim()] ?? null) : null;
}

/**
 * The text with each upper-case two-letter state code written as the state's name: "CA & TX" gives
 * "California & Texas". Lower-case "or", "in", "me" stay words.
 *
 * @example withStateNames('CA & TX are over quota.') // 'California & Texas are over quota.'
 */
export function withStateNames(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])[A-Z]{2}(?![\p{L}\p{N}])/gu, (code) => STATES[code] ?? code);
}
