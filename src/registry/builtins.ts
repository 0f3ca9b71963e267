/**
 * The built-in kinds every registry starts from: the offline actors
 * (`reference`, `naive`, `agenda`), the deterministic judge and ask
 * recogniser, and the SQL tool kinds. Model-backed kinds need a session
 * (`llmKinds`), domain worlds a pack (`usersim/crm`).
 */
import { naiveAgentKind } from '../agents/naive-kind.js';
import { referenceAgentKind } from '../agents/reference-kind.js';
import { deterministicAskKind } from '../asks/deterministic-kind.js';
import { BUILTIN_TOOL_KINDS } from '../environment/tool-kinds.js';
import { BUILTIN_TOOL_FUNCTIONS } from '../environment/tools/tool-functions.js';
import { deterministicJudgeKind } from '../judge/deterministic-kind.js';
import { agendaUserKind } from '../simulated-user/agenda-kind.js';
import type { RegistryParts } from './registry.js';

/** The built-in kinds, family by family. */
export function builtinKinds(): Required<RegistryParts> {
  return {
    agents: [referenceAgentKind, naiveAgentKind],
    users: [agendaUserKind],
    judges: [deterministicJudgeKind],
    asks: [deterministicAskKind],
    tools: BUILTIN_TOOL_KINDS,
    worlds: [],
    functions: BUILTIN_TOOL_FUNCTIONS,
  };
}
