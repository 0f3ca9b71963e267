/**
 * Formula-like fields computed from other fields once every stage has run,
 * as a Salesforce admin would add formula fields for reporting. SOQL has no
 * date arithmetic, so without them a question such as "which agent has the
 * lowest average handle time" could only be answered by fetching every case
 * and computing by hand; with them one aggregate query answers it, and the
 * task templates can prove their answers reachable through the agent's own
 * `soql` tool. They draw no random numbers, so adding them changes no other
 * value of the org.
 */
import { DAY, HOUR, parseDay } from './calendar.js';
import type { OrgRecords } from './org-records.js';

/** Hours between two `YYYY-MM-DDTHH:MM:SSZ` datetimes, to two decimals. */
function hoursBetween(from: string, to: string): number {
  return Math.round(((Date.parse(to) - Date.parse(from)) / HOUR) * 100) / 100;
}

/**
 * Fills `Case.HandleTimeHours__c` (ClosedDate − CreatedDate in hours, closed
 * cases only) and `Opportunity.SalesCycleDays__c` (CloseDate − the day of
 * CreatedDate in whole days, closed deals only); both stay null otherwise.
 */
export function fillDerivedFields(records: OrgRecords): void {
  for (const row of records.rows('Case')) {
    const { CreatedDate, ClosedDate } = row;
    row.HandleTimeHours__c = typeof CreatedDate === 'string' && typeof ClosedDate === 'string' ? hoursBetween(CreatedDate, ClosedDate) : null;
  }
  for (const row of records.rows('Opportunity')) {
    const { CreatedDate, CloseDate, IsClosed } = row;
    const closed = IsClosed === true && typeof CreatedDate === 'string' && typeof CloseDate === 'string';
    row.SalesCycleDays__c = closed ? Math.round((parseDay(CloseDate) - parseDay(CreatedDate.slice(0, 10))) / DAY) : null;
  }
}
