/**
 * The JSON Schema of the scenario format, generated from the zod schema so the
 * two cannot drift. Editors pick it up through a
 * `# yaml-language-server: $schema=…` header for completion and inline errors;
 * `usersim schema` prints it. Draft-07, the draft the YAML language server
 * supports best. It describes scenarios as written (zod's input side), so keys
 * with defaults are optional, as they are in a file.
 */
import { z } from 'zod';
import { ScenarioSchema } from './schema.js';

/** The scenario JSON Schema as an object. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ScenarioSchema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'usersim scenario',
    description:
      'A multi-turn evaluation scenario for usersim: the simulated user\'s goal and hidden facts, the task context given to the agent, ' +
      'the expected answer and state, confidentiality probes, the reference solution and the budgets.',
    ...rest,
  };
}

/**
 * The schema as the exact text of `schema/scenario.schema.json`: two-space
 * indentation and a final newline, so the committed file, `usersim schema`
 * and the freshness test agree byte for byte.
 */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
