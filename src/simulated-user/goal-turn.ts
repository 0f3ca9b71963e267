/**
 * Where a user with several requests (`user.goals`) stands: which request is
 * under way, and whether this turn must open the next one. The agenda user
 * acts on it; the LLM user is told it and its replies are checked against it.
 */
import type { Goal } from '../scenario/schema.js';
import type { UserView } from './user.js';

/** The request under way (the last one once all are answered), or undefined without goals. */
export function currentRequest(view: Pick<UserView, 'goals'>): Goal | undefined {
  const goals = view.goals;
  return goals?.requests[Math.min(goals.answered, goals.requests.length - 1)];
}

/** The request this turn must open: the agent has just answered one and this one remains. */
export function requestToOpen(view: Pick<UserView, 'goals' | 'conversation'>): Goal | undefined {
  const last = view.conversation.at(-1);
  if (last?.role !== 'agent' || last.kind !== 'answer') return undefined;
  return view.goals?.requests[view.goals.answered];
}
