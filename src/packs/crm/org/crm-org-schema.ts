/**
 * The describe metadata of the two generated orgs. It is the single source of
 * truth for the tables the generator writes (one table per object, one column
 * per field, in this order) and for what the SOQL/SOSL translators accept, so
 * the two can never drift apart. Field names follow Salesforce and the
 * CRMArena-Pro orgs; custom lookups use the `__r` relationship convention.
 */
import type { OrgSchema, SField, SFieldType, SObjectDescribe } from '../../../core/org-schema.js';
import { crmProductFamilies } from './catalog.js';
import { PICKLISTS } from './picklists.js';

/** Which of the two CRMArena-Pro style orgs to build. */
export type CrmOrgKind = 'b2b' | 'b2c';

/** The fixed "today" of each org: every generated date is relative to it. */
export const CRM_TODAY: Readonly<Record<CrmOrgKind, string>> = { b2b: '2025-06-15', b2c: '2025-09-15' };

const f = (name: string, type: SFieldType, values?: readonly string[]): SField =>
  values ? { name, type, values: [...values] } : { name, type };
const ref = (name: string, referenceTo: string, relationshipName: string): SField => ({
  name,
  type: 'reference',
  referenceTo,
  relationshipName,
});
const id = f('Id', 'id');
const owner = ref('OwnerId', 'User', 'Owner');

function obj(
  name: string,
  keyPrefix: string,
  fields: SField[],
  search?: { nameField: string; searchFields: string[] },
): SObjectDescribe {
  const out: SObjectDescribe = { name, keyPrefix, fields: [id, ...fields] };
  if (search) {
    out.nameField = search.nameField;
    out.searchFields = search.searchFields;
  }
  return out;
}

function accountObject(org: CrmOrgKind): SObjectDescribe {
  const common = [
    f('Phone', 'phone'),
    f('ShippingCity', 'string'),
    f('ShippingState', 'string'),
    f('Description', 'textarea'),
    owner,
    f('CreatedDate', 'datetime'),
  ];
  if (org === 'b2b') {
    return obj(
      'Account',
      '001',
      [
        f('Name', 'string'),
        f('Type', 'picklist', PICKLISTS.accountType),
        f('Industry', 'picklist', PICKLISTS.industry),
        f('NumberOfEmployees', 'int'),
        f('AnnualRevenue', 'currency'),
        f('Website', 'url'),
        ...common,
      ],
      { nameField: 'Name', searchFields: ['Name', 'Website', 'Phone', 'Description'] },
    );
  }
  return obj(
    'Account',
    '001',
    [
      f('Name', 'string'),
      f('FirstName', 'string'),
      f('LastName', 'string'),
      f('PersonEmail', 'email'),
      f('IsPersonAccount', 'boolean'),
      ...common,
    ],
    { nameField: 'Name', searchFields: ['Name', 'PersonEmail', 'Phone'] },
  );
}

function serviceObjects(): SObjectDescribe[] {
  return [
    obj('Issue__c', 'a01', [f('Name', 'string'), f('Description__c', 'textarea')], {
      nameField: 'Name',
      searchFields: ['Name', 'Description__c'],
    }),
    obj(
      'Case',
      '500',
      [
        f('CaseNumber', 'string'),
        f('Subject', 'string'),
        f('Description', 'textarea'),
        f('Status', 'picklist', PICKLISTS.caseStatus),
        f('Priority', 'picklist', PICKLISTS.casePriority),
        f('Origin', 'picklist', PICKLISTS.caseOrigin),
        f('IsClosed', 'boolean'),
        f('IsEscalated', 'boolean'),
        ref('AccountId', 'Account', 'Account'),
        ref('ContactId', 'Contact', 'Contact'),
        owner,
        ref('IssueId__c', 'Issue__c', 'IssueId__r'),
        ref('OrderItemId__c', 'OrderItem', 'OrderItemId__r'),
        f('CreatedDate', 'datetime'),
        f('ClosedDate', 'datetime'),
        // A formula-like field (see derived-fields.ts): SOQL has no date arithmetic, so handle-time questions need it.
        f('HandleTimeHours__c', 'double'),
      ],
      { nameField: 'Subject', searchFields: ['CaseNumber', 'Subject', 'Description'] },
    ),
    obj('CaseHistory__c', 'a02', [
      f('Name', 'string'),
      ref('CaseId__c', 'Case', 'CaseId__r'),
      f('Field__c', 'picklist', PICKLISTS.caseHistoryField),
      f('OldValue__c', 'string'),
      f('NewValue__c', 'string'),
      f('CreatedDate', 'datetime'),
    ]),
    obj(
      'EmailMessage',
      '02s',
      [
        ref('ParentId', 'Case', 'Parent'),
        f('RelatedToId', 'string'),
        f('Subject', 'string'),
        f('TextBody', 'textarea'),
        f('FromAddress', 'email'),
        f('ToAddress', 'email'),
        f('ToIds', 'string'),
        f('Incoming', 'boolean'),
        f('Status', 'picklist', PICKLISTS.emailStatus),
        f('MessageDate', 'datetime'),
      ],
      { nameField: 'Subject', searchFields: ['Subject', 'TextBody', 'FromAddress'] },
    ),
    obj(
      'LiveChatTranscript',
      '570',
      [
        f('Name', 'string'),
        ref('CaseId', 'Case', 'Case'),
        ref('AccountId', 'Account', 'Account'),
        ref('ContactId', 'Contact', 'Contact'),
        owner,
        f('Status', 'picklist', PICKLISTS.chatStatus),
        f('Body', 'textarea'),
        f('StartTime', 'datetime'),
        f('EndTime', 'datetime'),
        f('ChatDuration', 'int'),
      ],
      { nameField: 'Name', searchFields: ['Name', 'Body'] },
    ),
    obj(
      'Knowledge__kav',
      'ka0',
      [
        f('Title', 'string'),
        f('UrlName', 'string'),
        f('ArticleNumber', 'string'),
        f('Summary', 'textarea'),
        f('FAQ_Answer__c', 'textarea'),
        f('Category__c', 'picklist', PICKLISTS.knowledgeCategory),
        f('PublishStatus', 'picklist', PICKLISTS.publishStatus),
        f('IsVisibleInPkb', 'boolean'),
        f('LastPublishedDate', 'datetime'),
      ],
      { nameField: 'Title', searchFields: ['Title', 'Summary', 'FAQ_Answer__c'] },
    ),
  ];
}

function catalogObjects(org: CrmOrgKind): SObjectDescribe[] {
  return [
    obj('ProductCatalog', '0ZS', [f('Name', 'string')]),
    obj('ProductCategory', '0ZG', [f('Name', 'string'), ref('CatalogId', 'ProductCatalog', 'Catalog')]),
    obj(
      'Product2',
      '01t',
      [
        f('Name', 'string'),
        f('ProductCode', 'string'),
        f('Family', 'picklist', crmProductFamilies(org)),
        f('Description', 'textarea'),
        f('IsActive', 'boolean'),
        f('External_ID__c', 'string'),
      ],
      { nameField: 'Name', searchFields: ['Name', 'ProductCode', 'Description'] },
    ),
    obj('ProductCategoryProduct', '0ZH', [
      ref('ProductCategoryId', 'ProductCategory', 'ProductCategory'),
      ref('ProductId', 'Product2', 'Product'),
    ]),
    obj('Pricebook2', '01s', [
      f('Name', 'string'),
      f('Description', 'textarea'),
      f('IsActive', 'boolean'),
      f('IsStandard', 'boolean'),
      f('ValidFrom', 'datetime'),
      f('ValidTo', 'datetime'),
    ]),
    obj('PricebookEntry', '01u', [
      f('Name', 'string'),
      ref('Pricebook2Id', 'Pricebook2', 'Pricebook2'),
      ref('Product2Id', 'Product2', 'Product2'),
      f('UnitPrice', 'currency'),
      f('IsActive', 'boolean'),
    ]),
  ];
}

function salesObjects(): SObjectDescribe[] {
  const lineFields = [
    ref('PricebookEntryId', 'PricebookEntry', 'PricebookEntry'),
    ref('Product2Id', 'Product2', 'Product2'),
    f('Quantity', 'double'),
    f('UnitPrice', 'currency'),
  ];
  return [
    obj(
      'Opportunity',
      '006',
      [
        f('Name', 'string'),
        ref('AccountId', 'Account', 'Account'),
        ref('ContactId', 'Contact', 'Contact'),
        owner,
        f('StageName', 'picklist', PICKLISTS.opportunityStage),
        f('Amount', 'currency'),
        f('Probability', 'percent'),
        f('CloseDate', 'date'),
        f('Type', 'picklist', PICKLISTS.opportunityType),
        f('LeadSource', 'picklist', PICKLISTS.leadSource),
        f('IsClosed', 'boolean'),
        f('IsWon', 'boolean'),
        ref('Pricebook2Id', 'Pricebook2', 'Pricebook2'),
        ref('ContractID__c', 'Contract', 'ContractID__r'),
        f('Description', 'textarea'),
        f('CreatedDate', 'datetime'),
        // Formula-like, as HandleTimeHours__c on Case: days from creation to close of a closed deal.
        f('SalesCycleDays__c', 'int'),
      ],
      { nameField: 'Name', searchFields: ['Name', 'Description'] },
    ),
    obj('OpportunityLineItem', '00k', [
      ref('OpportunityId', 'Opportunity', 'Opportunity'),
      ...lineFields,
      f('Discount', 'percent'),
      f('TotalPrice', 'currency'),
    ]),
    obj(
      'Quote',
      '0Q0',
      [
        f('Name', 'string'),
        f('QuoteNumber', 'string'),
        ref('OpportunityId', 'Opportunity', 'Opportunity'),
        ref('AccountId', 'Account', 'Account'),
        ref('ContactId', 'Contact', 'Contact'),
        ref('CreatedById', 'User', 'CreatedBy'),
        ref('Pricebook2Id', 'Pricebook2', 'Pricebook2'),
        f('Status', 'picklist', PICKLISTS.quoteStatus),
        f('Subtotal', 'currency'),
        f('Discount', 'percent'),
        f('TotalPrice', 'currency'),
        f('ExpirationDate', 'date'),
        f('Description', 'textarea'),
        f('CreatedDate', 'datetime'),
      ],
      { nameField: 'Name', searchFields: ['Name', 'QuoteNumber', 'Description'] },
    ),
    obj('QuoteLineItem', '0QL', [
      ref('QuoteId', 'Quote', 'Quote'),
      ref('OpportunityLineItemId', 'OpportunityLineItem', 'OpportunityLineItem'),
      ...lineFields,
      f('Discount', 'percent'),
      f('TotalPrice', 'currency'),
    ]),
    obj(
      'Contract',
      '800',
      [
        f('ContractNumber', 'string'),
        ref('AccountId', 'Account', 'Account'),
        owner,
        f('Status', 'picklist', PICKLISTS.contractStatus),
        f('StartDate', 'date'),
        f('EndDate', 'date'),
        f('ContractTerm', 'int'),
        f('CustomerSignedDate', 'date'),
        f('CompanySignedDate', 'date'),
        f('Description', 'textarea'),
        f('CreatedDate', 'datetime'),
      ],
      { nameField: 'ContractNumber', searchFields: ['ContractNumber', 'Description'] },
    ),
    obj(
      'Order',
      '801',
      [
        f('OrderNumber', 'string'),
        ref('AccountId', 'Account', 'Account'),
        ref('ContractId', 'Contract', 'Contract'),
        ref('OpportunityId', 'Opportunity', 'Opportunity'),
        ref('Pricebook2Id', 'Pricebook2', 'Pricebook2'),
        owner,
        f('Status', 'picklist', PICKLISTS.orderStatus),
        f('EffectiveDate', 'date'),
        f('TotalAmount', 'currency'),
      ],
      { nameField: 'OrderNumber', searchFields: ['OrderNumber'] },
    ),
    obj('OrderItem', '802', [ref('OrderId', 'Order', 'Order'), ...lineFields, f('TotalPrice', 'currency')]),
  ];
}

function peopleObjects(org: CrmOrgKind): SObjectDescribe[] {
  const b2b = org === 'b2b';
  return [
    obj('Profile', '00e', [f('Name', 'string')]),
    obj(
      'User',
      '005',
      [
        f('Username', 'string'),
        f('FirstName', 'string'),
        f('LastName', 'string'),
        f('Name', 'string'),
        f('Alias', 'string'),
        f('Email', 'email'),
        f('Phone', 'phone'),
        f('Title', 'picklist', PICKLISTS.userTitle),
        f('Department', 'picklist', PICKLISTS.userDepartment),
        ref('ProfileId', 'Profile', 'Profile'),
        ref('ManagerId', 'User', 'Manager'),
        f('IsActive', 'boolean'),
        f('TimeZoneSidKey', 'string'),
        f('LocaleSidKey', 'string'),
        f('LanguageLocaleKey', 'string'),
        f('EmailEncodingKey', 'string'),
      ],
      { nameField: 'Name', searchFields: ['Name', 'Email'] },
    ),
    obj('Territory2', '0MI', [f('Name', 'string'), f('DeveloperName', 'string'), f('Description', 'textarea')], {
      nameField: 'Name',
      searchFields: ['Name', 'Description'],
    }),
    obj('UserTerritory2Association', '0R0', [
      ref('UserId', 'User', 'User'),
      ref('Territory2Id', 'Territory2', 'Territory2'),
      f('RoleInTerritory2', 'picklist', PICKLISTS.territoryRole),
    ]),
    accountObject(org),
    obj(
      'Contact',
      '003',
      [
        f('FirstName', 'string'),
        f('LastName', 'string'),
        f('Name', 'string'),
        f('Email', 'email'),
        f('Phone', 'phone'),
        f('Title', 'string'),
        f('MailingState', 'string'),
        ref('AccountId', 'Account', 'Account'),
        owner,
        f('CreatedDate', 'datetime'),
      ],
      { nameField: 'Name', searchFields: ['Name', 'Email', 'Phone'] },
    ),
    obj(
      'Lead',
      '00Q',
      [
        f('FirstName', 'string'),
        f('LastName', 'string'),
        f('Name', 'string'),
        f('Company', 'string'),
        f('Title', 'string'),
        f('Email', 'email'),
        f('Phone', 'phone'),
        f('Industry', 'picklist', PICKLISTS.industry),
        ...(b2b ? [f('NumberOfEmployees', 'int')] : []),
        f('LeadSource', 'picklist', PICKLISTS.leadSource),
        f('State', 'string'),
        f('Status', 'picklist', PICKLISTS.leadStatus),
        owner,
        f('IsConverted', 'boolean'),
        f('ConvertedDate', 'date'),
        ref('ConvertedAccountId', 'Account', 'ConvertedAccount'),
        ref('ConvertedContactId', 'Contact', 'ConvertedContact'),
        ref('ConvertedOpportunityId', 'Opportunity', 'ConvertedOpportunity'),
        f('Description', 'textarea'),
        f('CreatedDate', 'datetime'),
      ],
      { nameField: 'Name', searchFields: ['Name', 'Company', 'Email', 'Phone'] },
    ),
  ];
}

function activityObjects(): SObjectDescribe[] {
  return [
    obj(
      'Task',
      '00T',
      [
        f('Subject', 'string'),
        f('Description', 'textarea'),
        f('Status', 'picklist', PICKLISTS.taskStatus),
        f('Priority', 'picklist', PICKLISTS.taskPriority),
        f('ActivityDate', 'date'),
        ref('WhatId', 'Opportunity', 'What'),
        owner,
        f('CreatedDate', 'datetime'),
      ],
      { nameField: 'Subject', searchFields: ['Subject', 'Description'] },
    ),
    obj(
      'Event',
      '00U',
      [
        f('Subject', 'string'),
        f('Description', 'textarea'),
        f('Location', 'string'),
        f('StartDateTime', 'datetime'),
        f('EndDateTime', 'datetime'),
        f('DurationInMinutes', 'int'),
        f('IsAllDayEvent', 'boolean'),
        ref('WhatId', 'Opportunity', 'What'),
        owner,
      ],
      { nameField: 'Subject', searchFields: ['Subject', 'Description', 'Location'] },
    ),
    obj('VoiceCallTranscript__c', 'a03', [
      f('Name', 'string'),
      ref('LeadId__c', 'Lead', 'LeadId__r'),
      ref('OpportunityId__c', 'Opportunity', 'OpportunityId__r'),
      owner,
      f('Body__c', 'textarea'),
      f('CreatedDate', 'datetime'),
      f('EndTime__c', 'datetime'),
    ]),
  ];
}

/**
 * The describe of an org: every object the generator writes, its fields in
 * column order, lookups with their relationship names, and the org's today.
 * The B2B and B2C orgs differ only in the Account and Lead fields (companies
 * versus person accounts).
 *
 * @example
 * const schema = crmOrgSchema('b2c');
 * schema.objects.find((o) => o.name === 'Case')?.keyPrefix; // '500'
 */
export function crmOrgSchema(org: CrmOrgKind): OrgSchema {
  const objects = [
    ...peopleObjects(org),
    ...catalogObjects(org),
    ...salesObjects(),
    ...serviceObjects(),
    ...activityObjects(),
  ];
  return { objects, today: CRM_TODAY[org] };
}
