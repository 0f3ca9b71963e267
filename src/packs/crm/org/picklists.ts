/**
 * Picklist values shared by the org describe and the generator, so that every
 * value written to a picklist column is one the describe announces.
 */

/** Picklist values by name. */
export const PICKLISTS = {
  accountType: ['Customer', 'Prospect', 'Partner', 'Former Customer'],
  industry: [
    'Technology',
    'Manufacturing',
    'Healthcare',
    'Finance',
    'Retail',
    'Education',
    'Energy',
    'Logistics',
    'Hospitality',
    'Government',
    'Media',
    'Telecommunications',
  ],
  caseStatus: ['New', 'Working', 'Waiting on Customer', 'Escalated', 'Closed'],
  casePriority: ['Low', 'Medium', 'High', 'Critical'],
  caseOrigin: ['Email', 'Chat', 'Phone', 'Web'],
  caseHistoryField: ['Case Creation', 'Owner Assignment', 'Status Change', 'Case Closed'],
  emailStatus: ['New', 'Read', 'Replied', 'Sent'],
  chatStatus: ['Completed', 'Missed'],
  knowledgeCategory: ['Product FAQ', 'Troubleshooting', 'Policy', 'How-To'],
  publishStatus: ['Online', 'Draft', 'Archived'],
  opportunityStage: ['Qualification', 'Discovery', 'Quote', 'Negotiation', 'Closed Won', 'Closed Lost'],
  opportunityType: ['New Business', 'Existing Business', 'Renewal'],
  leadSource: ['Web', 'Referral', 'Partner', 'Trade Show', 'Cold Call', 'Advertisement'],
  leadStatus: ['New', 'Contacted', 'Qualified', 'Unqualified', 'Converted'],
  quoteStatus: ['Draft', 'Needs Review', 'In Review', 'Approved', 'Rejected', 'Presented', 'Accepted', 'Denied'],
  contractStatus: ['Draft', 'In Approval Process', 'Activated', 'Expired', 'Terminated'],
  orderStatus: ['Draft', 'Activated', 'Shipped', 'Delivered', 'Cancelled'],
  userTitle: [
    'Service Agent',
    'Senior Service Agent',
    'Service Manager',
    'Sales Representative',
    'Sales Manager',
    'VP of Sales',
  ],
  userDepartment: ['Service', 'Sales'],
  territoryRole: ['Owner', 'Sales Representative'],
  taskStatus: ['Not Started', 'In Progress', 'Completed', 'Deferred', 'Waiting on someone else'],
  taskPriority: ['Low', 'Normal', 'High', 'Urgent'],
} as const;
