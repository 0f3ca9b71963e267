import { describe, expect, it } from 'vitest';
import { agentContext, createRegistry, createSqliteEnvironment, loadScenarioFile } from '../../src/index.js';
import { crmPack } from '../../src/packs/crm/index.js';
import { cli } from '../helpers/cli.js';

describe('today: per scenario', () => {
  it('check passes both days of the same question, each against its own date', async () => {
    const r = await cli('check', 'test/fixtures/helpdesk/recent.yaml', 'test/fixtures/helpdesk/recent-may.yaml');
    expect(r.out).toMatch(/✓ +│? *helpdesk\.recent /);
    expect(r.code).toBe(0);
  });

  it('the agent is told the scenario date unless its context already states it', () => {
    const { scenario } = loadScenarioFile('test/fixtures/helpdesk/recent-may.yaml');
    expect(agentContext(scenario)).toBe('Today is 2025-05-26.');
    expect(agentContext({ ...scenario, agent: { context: 'Support desk.' } })).toBe('Today is 2025-05-26.\nSupport desk.');
    expect(agentContext({ ...scenario, agent: { context: 'As of 2025-05-26 you work here.' } })).toBe('As of 2025-05-26 you work here.');
    expect(agentContext({ agent: { context: 'Plain.' } })).toBe('Plain.');
  });

  it('SOQL date literals resolve against the scenario date', async () => {
    const world = createRegistry(crmPack()).worlds.load('crm-b2b');
    const count = async (today: string | undefined) => {
      const env = createSqliteEnvironment(world, today === undefined ? {} : { today });
      const out = await env.call('soql', { query: 'SELECT COUNT(Id) n FROM Case WHERE CreatedDate = LAST_N_DAYS:30' });
      env.close();
      expect(out.ok).toBe(true);
      return JSON.stringify(out.ok ? out.value : null);
    };
    const own = await count(undefined);
    expect(await count(world.today)).toBe(own);
    expect(await count('2000-01-01')).not.toBe(own);
    expect(await count('2000-01-01')).toContain('"n":0');
  });
});
