// Bundles the client and the server (from tsc's checked output) into dist/, so the .vsix carries
// a few files instead of a node_modules tree.
import * as esbuild from 'esbuild';
import { copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning', legalComments: 'none', minify: true };
// The readers of imported files (pdf.js through unpdf, mammoth for Word, parse5 for web pages) are
// two thirds of the server's code and read only when such a file is imported: each is a file of its
// own beside the server, loaded on first use (the server's `import()` of it), so the server starts
// as fast as without them.
const READERS = { unpdf: 'pdf.mjs', mammoth: 'mammoth.mjs', parse5: 'parse5.mjs' };
const readersApart = {
  name: 'readers-apart',
  setup(build) {
    build.onResolve({ filter: /^(unpdf|mammoth|parse5)$/ }, (args) => ({ path: `./${READERS[args.path]}`, external: true }));
  },
};
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/out/extension.js'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/out/main.js'], outfile: 'dist/server.js', plugins: [readersApart] }),
  ...Object.entries(READERS).map(([name, file]) =>
    // mammoth is CommonJS and requires Node's own modules: the ES module gives it a `require`
    esbuild.build({ ...common, format: 'esm', banner: { js: "import { createRequire as __minutesRequire } from 'node:module'; const require = __minutesRequire(import.meta.url);" }, stdin: { contents: `export * from '${name}';\nimport * as all from '${name}';\nexport default all;`, resolveDir: '.' }, outfile: `dist/${file}` })),
]);
// the search library the public website ships (service/site): the server copies it into the site
await copyFile(path.join(path.dirname(createRequire(import.meta.url).resolve('minisearch')), '..', 'umd', 'index.js'), 'dist/minisearch.js');
