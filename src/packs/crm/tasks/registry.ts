/**
 * Every CRM task template, in a fixed order (the order of the generated
 * suites). Query templates, reasoning/workflow/policy templates and probe
 * templates live in their own files.
 */
import type { TaskTemplate } from './task-template.js';
import { DATABASE_TEMPLATES } from './templates/database.js';
import { PROBE_TEMPLATES } from './templates/probes.js';
import { REASONING_TEMPLATES } from './templates/reasoning.js';

export const TASK_TEMPLATES: readonly TaskTemplate[] = [...DATABASE_TEMPLATES, ...REASONING_TEMPLATES, ...PROBE_TEMPLATES];
