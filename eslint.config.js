// Lint rules, including the folder import rules of DESIGN.md ("who may import whom")
// and the determinism bans for the simulation core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { folderImports } from './eslint/folder-imports.js';

/** Imports a folder may make (DESIGN.md): its own files, the listed folders, maybe npm packages. */
function onlyImports(folder, allowed, options = {}) {
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    plugins: { folders: { rules: { imports: folderImports } } },
    rules: { 'folders/imports': ['error', { allowed, ...options }] },
  };
}

const deterministic = {
  files: ['src/{raft,kv,cluster,sim,etcdctl}/**/*.ts'],
  rules: {
    'no-restricted-properties': [
      'error',
      { object: 'Math', property: 'random', message: 'Use the seeded PRNG (src/sim/prng.ts).' },
      { object: 'Date', property: 'now', message: 'Use virtual time.' },
      { object: 'performance', property: 'now', message: 'Use virtual time.' },
    ],
    'no-restricted-globals': [
      'error',
      ...['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'requestAnimationFrame', 'window', 'document', 'self', 'performance', 'Date', 'crypto', 'navigator', 'postMessage', 'process'].map(
        (name) => ({ name, message: 'The simulation core is deterministic: time and randomness come in as arguments.' }),
      ),
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'fuzz-failures', 'out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node }, ecmaVersion: 2022 },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  deterministic,
  onlyImports('raft', []),
  onlyImports('kv', []),
  onlyImports('cluster', ['raft', 'kv']),
  onlyImports('sim', ['raft', 'kv', 'cluster']),
  onlyImports('check', [], { allowedFiles: ['sim/trace-types', 'sim/challenge-types'] }),
  onlyImports('scenario', ['sim'], { packages: true }),
  onlyImports('protocol', [], { allowTypeImports: true }),
  onlyImports('search', ['sim', 'scenario', 'check']),
  // The etcdctl console: command parsing and printing, driving a simulation (headless and in the worker).
  onlyImports('etcdctl', ['sim']),
  onlyImports('worker', ['sim', 'scenario', 'protocol', 'check', 'search', 'etcdctl'], { packages: true }),
  // The live class's messages and rooms: plain data and pure logic, shared by the relay and the page.
  onlyImports('live', []),
  // The live class relay (Node): serves the page, runs the rooms over WebSockets.
  onlyImports('relay', ['live'], { packages: true }),
  onlyImports('ui', ['protocol', 'scenario', 'live'], { packages: true, allowTypeImports: true }),
  onlyImports('cli', ['sim', 'scenario', 'check', 'search', 'etcdctl', 'relay'], { packages: true }),
);
