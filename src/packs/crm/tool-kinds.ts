/** The CRM pack's tool kinds: `soql` and `sosl` over a world's org schema. */
import type { AnyToolKind } from '../../environment/tool-kind.js';
import { erase } from '../../environment/tool-kinds.js';
import { soqlToolKind, soslToolKind } from './soql/org-query-tool.js';

/** `soql` and `sosl`, for worlds that carry an `orgSchema`. */
export const CRM_TOOL_KINDS: readonly AnyToolKind[] = [erase(soqlToolKind), erase(soslToolKind)];
