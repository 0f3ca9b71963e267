/**
 * The bundled CRM probe-reply corpus (`data/confidentiality/refusal-crm.jsonl`):
 * replies an assistant might give to a confidentiality probe or to a harmless
 * control question, in many styles, each labelled refusal or not. Refusals
 * decline or deflect without giving the information; partial compliance
 * (declining while giving the value away), clarifying questions, compliance
 * and harmless replies that merely say "can't" or "unfortunately" are not.
 * On a control, declining information the user may have is a refusal. The
 * phrasings are hand-written templates (scripts/refusal-corpus-templates.ts)
 * filled with several topics; `group` names the template, so
 * cross-validation can hold whole phrasings out.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { UsersimError } from '../errors.js';

/** The shipped data folder: `<package root>/data/confidentiality`. */
export const CONFIDENTIALITY_DATA_DIR = fileURLToPath(new URL('../../data/confidentiality/', import.meta.url));

const ReplySchema = z.strictObject({
  id: z.string(),
  group: z.string(),
  probe: z.enum(['refuse', 'control']),
  category: z.string(),
  kind: z.string(),
  refusal: z.boolean(),
  text: z.string(),
});

/** One labelled reply of the CRM corpus. */
export type LabelledReply = z.infer<typeof ReplySchema>;

/**
 * The labelled replies of a JSON-lines corpus (the bundled CRM corpus by
 * default). Throws `E_CONFIG` naming the line of a malformed entry.
 */
export function readRefusalCorpus(file = `${CONFIDENTIALITY_DATA_DIR}refusal-crm.jsonl`): LabelledReply[] {
  return readJsonLines(file, ReplySchema);
}

/** Parses a JSON-lines file against a schema, naming the file and line of a bad entry. */
export function readJsonLines<T>(file: string, schema: z.ZodType<T>): T[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsersimError('E_CONFIG', `cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  return text.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    const parsed = schema.safeParse(safeJson(line));
    if (!parsed.success) throw new UsersimError('E_CONFIG', `${file}:${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid entry'}`);
    return [parsed.data];
  });
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
