/**
 * A world catalog: the worlds one registry knows (its `WorldKind`s, then the
 * built-in `world.yaml` files, then paths) and the tool kinds they may use.
 * Each world is validated once per catalog and cached, so episodes only copy
 * its image. The catalog's lists are fixed when it is made; only its cache
 * fills. `loadWorld` is the catalog of the built-in tool kinds and no code
 * worlds, for callers that need nothing else.
 *
 * @example
 * const worlds = createWorldCatalog({ tools: BUILTIN_TOOL_KINDS, worlds: [{ name: 'shop', create: () => source }] });
 * worlds.load('shop').tools.map((t) => t.name);
 * worlds.load('./worlds/demo/world.yaml');
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsersimError } from '../errors.js';
import type { AnyToolKind } from './tool-kind.js';
import { BUILTIN_TOOL_KINDS, toolKindMap } from './tool-kinds.js';
import { builtinWorlds, createWorld, worldFilePath, type World, type WorldKind } from './world.js';
import { readWorldFile } from './world-file.js';

/** Worlds by name or path, validated against a fixed set of tool kinds. */
export interface WorldCatalog {
  /**
   * Loads a world by name or path, from the cache after the first time. A
   * name is looked up among the catalog's world kinds, then as the built-in
   * `<package root>/worlds/<name>/world.yaml`; a path (with a `/`, or ending in
   * `.yaml`) is resolved against `baseDir` (default: the working directory)
   * and may name a world.yaml or its folder. Throws `E_WORLD`.
   */
  load(ref: string, options?: { baseDir?: string }): World;
  /** Names of the worlds built in code, sorted. */
  names(): string[];
  /** Tool kinds by `type:`. */
  readonly toolKinds: ReadonlyMap<string, AnyToolKind>;
}

/** Options of {@link createWorldCatalog}. */
export interface WorldCatalogOptions {
  /** The tool kinds worlds may declare; later kinds may repeat earlier ones but not redefine a type. */
  tools: readonly AnyToolKind[];
  /** Worlds built in code; a later kind of the same name wins. */
  worlds?: readonly WorldKind[];
}

/** Creates a catalog. Throws `E_CONFIG` when two different tool kinds share a type. */
export function createWorldCatalog(options: WorldCatalogOptions): WorldCatalog {
  const toolKinds = toolKindMap(options.tools);
  const kinds = new Map<string, WorldKind>();
  for (const kind of options.worlds ?? []) kinds.set(kind.name, kind);
  const cache = new Map<string, World>();
  return {
    toolKinds,
    names: () => [...kinds.keys()].sort(),
    load(ref, loadOptions = {}) {
      const kind = kinds.get(ref);
      if (kind) {
        const key = `name:${ref}`;
        let world = cache.get(key);
        if (!world) {
          world = createWorld(ref, kind.create(), { toolKinds });
          cache.set(key, world);
        }
        return world;
      }
      const baseDir = loadOptions.baseDir ?? process.cwd();
      const file = worldFilePath(ref, baseDir);
      if (!file || !existsSync(file)) {
        const known = [...kinds.keys()].sort().concat(builtinWorlds());
        throw new UsersimError('E_WORLD', `unknown world "${ref}": no registered world or world.yaml by that name (known: ${known.join(', ') || 'none'})`);
      }
      const key = `file:${file}`;
      let world = cache.get(key);
      if (!world) {
        const shown = path.relative(process.cwd(), file) || file;
        const read = readWorldFile(file, shown.startsWith('..') ? file : shown);
        world = createWorld(read.name, read.source, { origin: read.yaml.file, yaml: read.yaml, toolKinds });
        cache.set(key, world);
      }
      return world;
    },
  };
}

let builtin: WorldCatalog | undefined;

/**
 * Loads a world with the built-in tool kinds and no code worlds (a shared,
 * lazily made catalog). For worlds of a pack, use a registry's `worlds`.
 *
 * @example
 * const world = loadWorld('demo');
 * const other = loadWorld('./worlds/shop/world.yaml');
 */
export function loadWorld(ref: string, options: { baseDir?: string } = {}): World {
  builtin ??= createWorldCatalog({ tools: BUILTIN_TOOL_KINDS });
  return builtin.load(ref, options);
}
