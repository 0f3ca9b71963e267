/** `usersim schema`: print the scenario JSON Schema (the committed schema/scenario.schema.json). */
import { scenarioJsonSchemaText } from '../../scenario/json-schema.js';
import { EXIT, type Io } from '../io.js';

export function schemaCommand(io: Io): number {
  io.out(scenarioJsonSchemaText());
  return EXIT.ok;
}
