/**
 * The tools a CRM world offers its agents: `soql` and `sosl` for reading (the
 * CRMArena protocol), plus a few declared write tools for the workflow tasks
 * (routing a case or a lead, correcting an opportunity's stage). Each write
 * checks that the record and the new owner exist inside the statement itself,
 * so a wrong Id changes nothing and the agent sees zero changes rather than a
 * half-applied edit.
 */
import { PICKLISTS } from './picklists.js';

/** Tool declarations as a world source holds them, in the order agents see them. */
export function crmToolDeclarations(): Record<string, unknown>[] {
  const stages = [...PICKLISTS.opportunityStage];
  return [
    { type: 'soql' },
    { type: 'sosl' },
    {
      type: 'write',
      name: 'assign_case_owner',
      description: 'Assigns a case to a user (service agent). Returns the case Id and its new OwnerId; zero changes means no such case or user.',
      parameters: {
        case_id: { type: 'string', description: 'The Case Id (18 characters, prefix 500).' },
        owner_id: { type: 'string', description: 'The User Id of the new owner (prefix 005).' },
      },
      sql: 'UPDATE "Case" SET OwnerId = :owner_id WHERE Id = :case_id AND EXISTS (SELECT 1 FROM "User" WHERE Id = :owner_id) RETURNING Id, OwnerId',
    },
    {
      type: 'write',
      name: 'assign_lead_owner',
      description: 'Assigns a lead to a user (sales representative). Returns the lead Id and its new OwnerId; zero changes means no such lead or user.',
      parameters: {
        lead_id: { type: 'string', description: 'The Lead Id (18 characters, prefix 00Q).' },
        owner_id: { type: 'string', description: 'The User Id of the new owner (prefix 005).' },
      },
      sql: 'UPDATE Lead SET OwnerId = :owner_id WHERE Id = :lead_id AND EXISTS (SELECT 1 FROM "User" WHERE Id = :owner_id) RETURNING Id, OwnerId',
    },
    {
      type: 'write',
      name: 'update_opportunity_stage',
      description: 'Sets the StageName of an opportunity (and its closed/won flags and probability to match). Returns the opportunity Id and its new StageName.',
      parameters: {
        opportunity_id: { type: 'string', description: 'The Opportunity Id (18 characters, prefix 006).' },
        stage: { type: 'string', description: 'The new stage.', enum: stages },
      },
      sql:
        'UPDATE Opportunity SET StageName = :stage, ' +
        "IsClosed = CASE WHEN :stage IN ('Closed Won', 'Closed Lost') THEN 1 ELSE 0 END, " +
        "IsWon = CASE WHEN :stage = 'Closed Won' THEN 1 ELSE 0 END, " +
        "Probability = CASE :stage WHEN 'Qualification' THEN 10 WHEN 'Discovery' THEN 25 WHEN 'Quote' THEN 50 " +
        "WHEN 'Negotiation' THEN 75 WHEN 'Closed Won' THEN 100 ELSE 0 END " +
        'WHERE Id = :opportunity_id RETURNING Id, StageName',
    },
  ];
}
