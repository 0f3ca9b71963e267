/**
 * The scenario definitions a stored run ran, read back from the files its
 * manifest names. A file is used only while it still holds what the run ran
 * (same id and hash), so a scenario edited since cannot relabel or re-score
 * old results; scenarios left out cost only the metrics that need their
 * definition (clarification, simulator validity, titles and skills).
 */
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Manifest } from '../runner/manifest.js';
import { loadScenarioFile } from '../scenario/load.js';
import type { Scenario } from '../scenario/schema.js';

/**
 * Scenarios of the manifest whose file still matches, by id.
 *
 * @example scenariosFromManifest(readManifest('runs/demo'), process.cwd()).get('demo.cancel-order')
 */
export function scenariosFromManifest(manifest: Manifest | undefined, cwd: string): Map<string, Scenario> {
  const out = new Map<string, Scenario>();
  for (const entry of manifest?.scenarios ?? []) {
    const path = isAbsolute(entry.file) ? entry.file : resolve(cwd, entry.file);
    if (!existsSync(path)) continue;
    try {
      const loaded = loadScenarioFile(path, { cwd, lint: false });
      if (loaded.hash === entry.hash && loaded.scenario.id === entry.id) out.set(entry.id, loaded.scenario);
    } catch {
      // A scenario that no longer loads is left out like an edited one.
    }
  }
  return out;
}
