// Bundles the client and the server (from tsc's checked output) into dist/, so the .vsix carries
// two files instead of a node_modules tree.
import * as esbuild from 'esbuild';
import { copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning', legalComments: 'none', minify: true };
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/out/extension.js'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/out/main.js'], outfile: 'dist/server.js' }),
]);
// the search library the public website ships (service/site): the server copies it into the site
await copyFile(path.join(path.dirname(createRequire(import.meta.url).resolve('minisearch')), '..', 'umd', 'index.js'), 'dist/minisearch.js');
