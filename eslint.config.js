// Lint config: typescript-eslint's recommended rules, plus the project's own
// guards for determinism, the "only src/cli prints or exits" boundary, and the
// import rule of src/ (src/README.md): a folder imports at run time only from
// folders in lower layers (src/layers.json). Type-only imports are allowed
// across layers; test/architecture/import-graph.test.ts checks the runtime
// graph, dynamic imports included, against the same layers.
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const { layers, packsMayImport } = JSON.parse(readFileSync(new URL('./src/layers.json', import.meta.url), 'utf8'));

/** One override per folder: it may not import its own layer's peers or any higher layer. */
const importRule = layers.flatMap((layer, rank) =>
  layer.flatMap((folder) => {
    const above =
      folder === 'packs'
        ? layers.flat().filter((other) => other !== folder && !packsMayImport.includes(other))
        : layers.slice(rank).flat().filter((other) => other !== folder);
    if (above.length === 0) return [];
    return {
      files: [`src/${folder}/**/*.ts`],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: above.map((other) => `**/${other}/**`),
                allowTypeImports: true,
                message: folder === 'packs' ? 'a pack may import at run time only from the core folders in packsMayImport (src/README.md, src/layers.json).' : `src/${folder} may import at run time only from lower layers (src/README.md, src/layers.json).`,
              },
            ],
          },
        ],
      },
    };
  }),
);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'runs/**', '.usersim/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'exit', message: 'Only src/cli may exit.' },
        { object: 'Math', property: 'random', message: 'Randomness comes in through a seeded Rng.' },
        { object: 'Date', property: 'now', message: 'Time comes in through a Clock.' },
      ],
    },
  },
  ...importRule,
  {
    files: ['bin/**/*.js', 'scripts/**/*.mjs', 'examples/**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
