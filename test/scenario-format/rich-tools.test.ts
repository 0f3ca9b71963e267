import { describe, expect, it } from 'vitest';
import {
  BUILTIN_TOOL_KINDS, calculate, createRegistry, createSqliteEnvironment, createWorld, loadWorld, UsersimError,
} from '../../src/index.js';
import { toolKindMap } from '../../src/environment/tool-kinds.js';
import { cli } from '../helpers/cli.js';
import { edit, helpdeskCopy } from './helpers.js';
import { join } from 'node:path';

const toolKinds = toolKindMap(BUILTIN_TOOL_KINDS);

const world = () => loadWorld('test/fixtures/helpdesk');

describe('richer tools', () => {
  it('list parameters are checked by their JSON Schema and bound as JSON; JSON columns come back parsed', async () => {
    const env = createSqliteEnvironment(world());
    const spec = env.tools().find((t) => t.name === 'tag_tickets');
    expect(spec?.parameters).toMatchObject({ properties: { ticket_ids: { type: 'array', items: { type: 'integer' }, minItems: 1 } } });

    const ok = await env.call('tag_tickets', { ticket_ids: [1, 2], tag: 'urgent' });
    expect(ok).toEqual({ ok: true, value: { changes: 2, columns: ['id', 'tags'], rows: [{ id: 1, tags: ['printer', 'hardware', 'urgent'] }, { id: 2, tags: ['network', 'urgent'] }] } });
    // A model that sends the list as a JSON string is forgiven.
    expect((await env.call('tag_tickets', { ticket_ids: '[3]', tag: 'x' })).ok).toBe(true);

    const bad = await env.call('tag_tickets', { ticket_ids: [1, 'two'], tag: 'x' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatchObject({ code: 'E_TOOL_ARGS', message: expect.stringContaining('argument "ticket_ids[1]"') });
    const empty = await env.call('tag_tickets', { ticket_ids: [], tag: 'x' });
    expect(empty.ok).toBe(false);

    const read = await env.call('sql', { query: 'SELECT tags FROM tickets WHERE id = 3' });
    expect(read).toMatchObject({ ok: true, value: { rows: [{ tags: ['account', 'x'] }] } });
    env.close();
  });

  it('errors: maps constraint failures and trigger aborts to the declared messages', async () => {
    const env = createSqliteEnvironment(world());
    expect(await env.call('refund', { ticket_id: 1, amount: 20 })).toMatchObject({ ok: true });
    expect(await env.call('refund', { ticket_id: 1, amount: 20 })).toEqual({ ok: false, error: { code: 'E_TOOL_FAILED', message: 'Refused: this ticket was already refunded.' } });
    expect(await env.call('refund', { ticket_id: 2, amount: -5 })).toEqual({ ok: false, error: { code: 'E_TOOL_FAILED', message: 'Refused: the amount must be positive.' } });
    expect(await env.call('refund', { ticket_id: 3, amount: 5 })).toEqual({ ok: false, error: { code: 'E_TOOL_FAILED', message: 'Refused: the ticket is closed, so it cannot be refunded.' } });
    // Nothing of a refused write is kept.
    expect(env.query('SELECT ticket_id FROM refunds')).toEqual([[1]]);
    env.close();
  });

  it('calculate is built in and refuses anything but arithmetic', async () => {
    expect(calculate('(1299.99 - 250) * 0.9')).toBe(944.99);
    expect(calculate('-2 * (3 + 4) / 7')).toBe(-2);
    expect(() => calculate('process.exit()')).toThrow(UsersimError);
    expect(() => calculate('1 / 0')).toThrow(/division by zero/);
    expect(() => calculate('(1 + 2')).toThrow(/not closed/);
    const env = createSqliteEnvironment(world());
    expect(await env.call('calculate', { expression: '10 / 4' })).toEqual({ ok: true, value: 2.5 });
    expect(await env.call('calculate', { expression: '2 ** 8' })).toMatchObject({ ok: false, error: { code: 'E_TOOL_ARGS' } });
    env.close();
  });

  it('function tools run registered TypeScript with checked arguments and read access', async () => {
    const registry = createRegistry({
      functions: {
        open_count: (args, ctx) => {
          const rows = ctx.read('SELECT COUNT(*) AS n FROM tickets WHERE customer = :c AND status != :s', { c: String(args.customer), s: 'closed' });
          return { customer: args.customer, open: rows.rows[0]?.n, today: ctx.today, flags: args.flags };
        },
      },
    });
    const base = world();
    const custom = createWorld('helpdesk-fn', {
      image: base.image,
      today: '2025-06-05',
      tools: [{
        type: 'function', name: 'count_open', function: 'open_count', description: 'Counts open tickets.',
        parameters: { customer: { type: 'string' }, flags: { type: 'object', properties: { urgent: { type: 'boolean' } } } },
      }],
    }, { toolKinds: registry.worlds.toolKinds });
    const env = createSqliteEnvironment(custom);
    expect(await env.call('count_open', { customer: 'Ada Byrne', flags: { urgent: true } })).toEqual({ ok: true, value: { customer: 'Ada Byrne', open: 2, today: '2025-06-05', flags: { urgent: true } } });
    expect((await env.call('count_open', { customer: 'Ada Byrne', flags: { urgent: 'yes' } })).ok).toBe(false);
    env.close();
    expect(() => createWorld('helpdesk-missing', { image: base.image, tools: [{ type: 'function', name: 'nope', description: 'x' }] }, { toolKinds })).toThrow(/no tool function "nope" is registered/);
  });

  it('validate points at a bad list schema and a bad errors pattern in world.yaml', async () => {
    const dir = helpdeskCopy();
    edit(dir, 'world.yaml', (t) => t.replace('items: { type: integer }', 'items: { type: integr }').replace('match: ticket is closed', 'match: "ticket (is closed"'));
    const r = await cli('validate', join(dir, 'recent.yaml'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/world\.yaml:\d+:\d+ tools\[3\]\.parameters\.ticket_ids: unsupported JSON Schema/);
    expect(r.err).toMatch(/world\.yaml:\d+:\d+ tools\[4\]\.errors\[0\]\.match: invalid regular expression/);
  });
});
