/** The reliability pieces through the public API: an own SQL pool with a time limit, URL redaction, preflight. */
import { describe, expect, it } from 'vitest';
import * as usersim from '../../src/index.js';
import { startOpenAiServer } from '../fixtures/openai-server.js';
import { BOMB } from './fixtures.js';

describe('public API', () => {
  it('runs agent SQL in a pool of its own, stopped at the world limit', async () => {
    const pool = usersim.createSqlWorkerPool({ size: 1 });
    const world = usersim.loadWorld('demo');
    const env = usersim.createSqliteEnvironment({ ...world, limits: { ...usersim.DEFAULT_SQL_LIMITS, sql_timeout_ms: 500 } }, { sqlPool: pool });
    try {
      expect(await env.call('sql', { query: BOMB })).toMatchObject({ ok: false, error: { code: 'E_SQL_TIMEOUT' } });
    } finally {
      env.close();
      await pool.close();
    }
  });

  it('redacts URLs and checks endpoints before a run', async () => {
    expect(usersim.redactUrl('http://u:p4ss@h/v1?key=k')).toBe('http://u:***@h/v1?key=***');
    const server = await startOpenAiServer({ models: ['a'] });
    try {
      const config = usersim.modelConfigFromFlags({ model: 'b', baseURL: server.baseURL });
      await expect(usersim.preflightModels([{ config, roles: ['agent'] }])).rejects.toMatchObject({ code: 'E_CONFIG', message: expect.stringContaining('does not serve "b"') });
      await expect(usersim.preflightModels([{ config: { ...config, model: 'a' }, roles: ['agent'] }])).resolves.toBeUndefined();
    } finally {
      await server.close();
    }
  });
});
