/**
 * Word lists the generator draws names, places and companies from. They are
 * written here rather than loaded, so that a build needs no external data and
 * a seed alone fixes every byte. Name pools are deliberately finite: repeated
 * first and last names give the entity-disambiguation tasks real ambiguity.
 */

/** Person first names. */
export const FIRST_NAMES = (
  'James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph ' +
  'Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Margaret ' +
  'Donald Ashley Steven Kimberly Andrew Emily Paul Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa ' +
  'George Deborah Timothy Stephanie Ronald Rebecca Jason Sharon Edward Laura Jeffrey Cynthia Ryan Dorothy Jacob ' +
  'Amy Gary Kathleen Nicholas Angela Eric Shirley Jonathan Emma Stephen Brenda Larry Pamela Justin Nicole Scott ' +
  'Anna Brandon Samantha Benjamin Katherine Samuel Christine Gregory Debra Alexander Rachel Patrick Carolyn Frank ' +
  'Janet Raymond Maria Jack Olivia Dennis Heather Jerry Helen Tyler Catherine Aaron Diane Jose Julie Adam Victoria ' +
  'Nathan Joyce Henry Lauren Zachary Kelly Douglas Christina Peter Ruth Kyle Joan Noah Virginia Ethan Judith ' +
  'Jeremy Evelyn Christian Hannah Walter Andrea Keith Megan Austin Cheryl Roger Jacqueline Terry Madison Sean ' +
  'Teresa Gerald Abigail Carl Sophia Dylan Martha Harold Sara Jordan Gloria Jesse Janice Bryan Kathryn Lawrence ' +
  'Ann Arthur Isabella Gabriel Judy Bruce Charlotte Logan Julia Billy Grace Joe Amber Alan Alice Juan Denise ' +
  'Priya Wei Hiroshi Aisha Mateo Fatima Lucas Chloe Omar Leila Diego Mei Ravi Sofia Arjun Yuki Kwame Ingrid'
).split(' ');

/** Person last names. */
export const LAST_NAMES = (
  'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson ' +
  'Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis ' +
  'Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera ' +
  'Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart ' +
  'Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim ' +
  'Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo ' +
  'Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler ' +
  'Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds ' +
  'Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford ' +
  'Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman ' +
  'Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon ' +
  'Okafor Tanaka Schmidt Kowalski Novak Haddad Singh Larsen Dubois Rossi Yamamoto Mensah Lindqvist Costa'
).split(' ');

/** US states with two cities each; the first city is the larger. */
export const STATES: readonly { code: string; name: string; cities: readonly [string, string] }[] = [
  ['AL', 'Alabama', 'Birmingham', 'Montgomery'], ['AK', 'Alaska', 'Anchorage', 'Juneau'],
  ['AZ', 'Arizona', 'Phoenix', 'Tucson'], ['AR', 'Arkansas', 'Little Rock', 'Fayetteville'],
  ['CA', 'California', 'Los Angeles', 'San Jose'], ['CO', 'Colorado', 'Denver', 'Boulder'],
  ['CT', 'Connecticut', 'Hartford', 'New Haven'], ['DE', 'Delaware', 'Wilmington', 'Dover'],
  ['FL', 'Florida', 'Miami', 'Orlando'], ['GA', 'Georgia', 'Atlanta', 'Savannah'],
  ['HI', 'Hawaii', 'Honolulu', 'Hilo'], ['ID', 'Idaho', 'Boise', 'Idaho Falls'],
  ['IL', 'Illinois', 'Chicago', 'Springfield'], ['IN', 'Indiana', 'Indianapolis', 'Fort Wayne'],
  ['IA', 'Iowa', 'Des Moines', 'Cedar Rapids'], ['KS', 'Kansas', 'Wichita', 'Topeka'],
  ['KY', 'Kentucky', 'Louisville', 'Lexington'], ['LA', 'Louisiana', 'New Orleans', 'Baton Rouge'],
  ['ME', 'Maine', 'Portland', 'Augusta'], ['MD', 'Maryland', 'Baltimore', 'Annapolis'],
  ['MA', 'Massachusetts', 'Boston', 'Worcester'], ['MI', 'Michigan', 'Detroit', 'Grand Rapids'],
  ['MN', 'Minnesota', 'Minneapolis', 'Saint Paul'], ['MS', 'Mississippi', 'Jackson', 'Gulfport'],
  ['MO', 'Missouri', 'Kansas City', 'St. Louis'], ['MT', 'Montana', 'Billings', 'Missoula'],
  ['NE', 'Nebraska', 'Omaha', 'Lincoln'], ['NV', 'Nevada', 'Las Vegas', 'Reno'],
  ['NH', 'New Hampshire', 'Manchester', 'Concord'], ['NJ', 'New Jersey', 'Newark', 'Jersey City'],
  ['NM', 'New Mexico', 'Albuquerque', 'Santa Fe'], ['NY', 'New York', 'New York', 'Buffalo'],
  ['NC', 'North Carolina', 'Charlotte', 'Raleigh'], ['ND', 'North Dakota', 'Fargo', 'Bismarck'],
  ['OH', 'Ohio', 'Columbus', 'Cleveland'], ['OK', 'Oklahoma', 'Oklahoma City', 'Tulsa'],
  ['OR', 'Oregon', 'Portland', 'Eugene'], ['PA', 'Pennsylvania', 'Philadelphia', 'Pittsburgh'],
  ['RI', 'Rhode Island', 'Providence', 'Warwick'], ['SC', 'South Carolina', 'Charleston', 'Columbia'],
  ['SD', 'South Dakota', 'Sioux Falls', 'Rapid City'], ['TN', 'Tennessee', 'Nashville', 'Memphis'],
  ['TX', 'Texas', 'Houston', 'Austin'], ['UT', 'Utah', 'Salt Lake City', 'Provo'],
  ['VT', 'Vermont', 'Burlington', 'Montpelier'], ['VA', 'Virginia', 'Virginia Beach', 'Richmond'],
  ['WA', 'Washington', 'Seattle', 'Spokane'], ['WV', 'West Virginia', 'Charleston', 'Morgantown'],
  ['WI', 'Wisconsin', 'Milwaukee', 'Madison'], ['WY', 'Wyoming', 'Cheyenne', 'Casper'],
].map(([code, name, a, b]) => ({ code: code!, name: name!, cities: [a!, b!] as const }));

/** Sales regions: each becomes a Territory2 whose Description lists its states. */
export const REGIONS: readonly { name: string; states: readonly string[] }[] = [
  { name: 'Northeast', states: ['ME', 'NH', 'VT', 'MA', 'RI', 'CT', 'NY', 'NJ', 'PA'] },
  { name: 'Mid-Atlantic', states: ['DE', 'MD', 'VA', 'WV', 'NC', 'KY'] },
  { name: 'Southeast', states: ['SC', 'GA', 'FL', 'AL', 'MS', 'TN'] },
  { name: 'Great Lakes', states: ['OH', 'MI', 'IN', 'IL', 'WI'] },
  { name: 'Plains', states: ['MN', 'IA', 'MO', 'ND', 'SD', 'NE', 'KS'] },
  { name: 'South Central', states: ['TX', 'OK', 'AR', 'LA'] },
  { name: 'Mountain', states: ['MT', 'ID', 'WY', 'CO', 'UT', 'NV', 'AZ', 'NM'] },
  { name: 'Pacific', states: ['CA', 'OR', 'WA', 'AK', 'HI'] },
];

/** First words of company names. */
export const COMPANY_HEADS = (
  'Apex Summit Blue Harbor Northwind Granite Silver Cedar Pioneer Vertex Crescent Redwood Ironclad Evergreen ' +
  'Beacon Horizon Sterling Atlas Meridian Cobalt Falcon Orion Keystone Lakeshore Prairie Cascade Quantum Nimbus ' +
  'Copper Riverbend Highland Bright Pinnacle Trident Liberty Sapphire Oakridge Maple Frontier Coastal Vanguard ' +
  'Helix Polaris Aurora Stonegate Westfield Brookline Ember Lumen Tandem Everest Juniper Catalyst Harborview'
).split(' ');

/** Middle words of company names, by industry flavour. */
export const COMPANY_BODIES = (
  'Logistics Health Analytics Manufacturing Foods Energy Labs Robotics Capital Systems Networks Media Retail ' +
  'Biotech Freight Clinics Learning Dynamics Materials Hospitality Telecom Software Metals Pharma Outfitters'
).split(' ');

/** Legal suffixes of company names. */
export const COMPANY_SUFFIXES = ['Inc.', 'LLC', 'Corp.', 'Group', 'Co.', 'Partners', 'Holdings', 'Ltd.'];

/** Job titles of business contacts and leads, with whether each can sign a purchase. */
export const JOB_TITLES: readonly { title: string; decisionMaker: boolean }[] = [
  { title: 'Chief Information Officer', decisionMaker: true },
  { title: 'Chief Operating Officer', decisionMaker: true },
  { title: 'VP of Operations', decisionMaker: true },
  { title: 'VP of IT', decisionMaker: true },
  { title: 'Director of IT', decisionMaker: true },
  { title: 'Head of Procurement', decisionMaker: true },
  { title: 'IT Manager', decisionMaker: false },
  { title: 'Network Engineer', decisionMaker: false },
  { title: 'Systems Administrator', decisionMaker: false },
  { title: 'Operations Analyst', decisionMaker: false },
  { title: 'Procurement Specialist', decisionMaker: false },
  { title: 'Facilities Coordinator', decisionMaker: false },
];

/** Time zones of users, by region index. */
export const TIME_ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];
