// Bundles the bench and fault-suite entry points into dist/ with the repo's path aliases (@gremium/*).
// esbuild alone cannot emit decorator metadata, which Nest's dependency injection needs, so every
// TypeScript file of the repo is first transpiled by TypeScript itself (as ts-jest does with
// isolatedModules) and esbuild only bundles the result; node_modules stay external.
import { readFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import ts from 'typescript';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

const TARGETS = {
  bench: {
    'bench/main': 'bench/main.ts',
    'bench/app': 'bench/app-main.ts',
  },
  // The fault suite drives the built product (dist/apps/api, dist/apps/worker); only its runner is bundled here.
  faults: {
    'faults/run': 'test/faults/run.ts',
  },
};

const compilerOptions = {
  target: ts.ScriptTarget.ES2023,
  module: ts.ModuleKind.ESNext,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  esModuleInterop: true,
  isolatedModules: true,
  inlineSourceMap: true,
  inlineSources: true,
};

const decoratorMetadata = {
  name: 'typescript-decorator-metadata',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const source = await readFile(args.path, 'utf8');
      const output = ts.transpileModule(source, {
        compilerOptions,
        fileName: relative(root, args.path),
      });
      return { contents: output.outputText, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(TARGETS);
const entryPoints = {};
for (const name of names) {
  if (!TARGETS[name]) throw new Error(`unknown target ${name}; known: ${Object.keys(TARGETS).join(', ')}`);
  Object.assign(entryPoints, TARGETS[name]);
}

const started = Date.now();
await esbuild.build({
  absWorkingDir: root,
  entryPoints,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  packages: 'external',
  tsconfig: 'tsconfig.json',
  sourcemap: 'inline',
  logLevel: 'warning',
  plugins: [decoratorMetadata],
});
console.error(`built ${Object.keys(entryPoints).join(', ')} in ${Date.now() - started} ms`);
