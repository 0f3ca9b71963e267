/**
 * The import rule of src/ (src/README.md, src/layers.json), checked on the
 * runtime import graph: type-only imports are left out, dynamic imports kept.
 * ESLint checks the same rule file by file; this test checks what ESLint
 * cannot see, cycles and dynamic imports, and pins the two rules the layout
 * exists for: the LLM client layer knows no actors, and no CRM code lives in
 * the environment.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderCycles, folderGraph, runtimeImports, topFolder, type ImportEdge } from '../helpers/import-graph.js';

const srcDir = path.resolve(import.meta.dirname, '../../src');
const { layers, packsMayImport } = JSON.parse(readFileSync(path.join(srcDir, 'layers.json'), 'utf8')) as { layers: string[][]; packsMayImport: string[] };
const edges = runtimeImports(srcDir);
const graph = folderGraph(edges);
const rank = new Map(layers.flatMap((layer, i) => layer.map((folder) => [folder, i] as const)));
const show = (e: ImportEdge) => `${e.from} -> ${e.to}`;

/** The layer of a graph node: a pack is in the `packs` layer; errors.ts is below everything, the entry above. */
function layerOf(node: string): number {
  if (node === '.') return -1;
  if (node === 'index') return Number.POSITIVE_INFINITY;
  const r = rank.get(node.startsWith('packs/') ? 'packs' : node);
  if (r === undefined) throw new Error(`src/${node} is in no layer of src/layers.json: add it there and to src/README.md`);
  return r;
}

describe('the import graph of src/', () => {
  it('sees real edges (a check that the parser reads imports at all)', () => {
    expect(graph.get('runner')?.has('machines')).toBe(true);
    expect(edges.some((e) => e.from === 'index.ts')).toBe(true);
  });

  it('has no runtime cycle between top-level folders', () => {
    expect(folderCycles(graph)).toEqual([]);
  });

  it('only imports downwards at run time, and a pack only from the core', () => {
    const wrong: string[] = [];
    for (const [from, targets] of graph) {
      for (const [to, via] of targets) {
        if (to === '.' || from === 'index') continue;
        const allowed = from.startsWith('packs/') ? packsMayImport.includes(to) : layerOf(to) < layerOf(from);
        if (!allowed) wrong.push(...via.map(show));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps src/llm a client layer: nothing from agents, users, judges, ask recognisers, the registry or the runner', () => {
    const actors = ['agents', 'simulated-user', 'judge', 'asks', 'registry', 'runner'];
    const reached = [...(graph.get('llm') ?? new Map<string, ImportEdge[]>())].filter(([to]) => actors.includes(to)).flatMap(([, via]) => via.map(show));
    expect(reached).toEqual([]);
  });

  it('keeps the CRM domain out of the core: no CRM folder under src/environment, and nothing outside cli and the entry imports a pack', () => {
    expect(existsSync(path.join(srcDir, 'environment', 'worlds'))).toBe(false);
    expect(readdirSync(path.join(srcDir, 'environment'), { recursive: true }).map(String).filter((f) => /crm|soql|sosl/i.test(f))).toEqual([]);
    const intoPacks = edges.filter((e) => topFolder(e.to).startsWith('packs/') && !topFolder(e.from).startsWith('packs/') && !['cli', 'index'].includes(topFolder(e.from)));
    expect(intoPacks.map(show)).toEqual([]);
  });

  it('places every folder of src/ in a layer', () => {
    const folders = readdirSync(srcDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.filter((f) => !rank.has(f))).toEqual([]);
  });
});
