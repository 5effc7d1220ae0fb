// Bundles the client and the server (from tsc's checked output) into dist/, so the .vsix carries
// a few files instead of a node_modules tree.
import * as esbuild from 'esbuild';
import { copyFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';
// the readers' file names, as the server loads them (tsc's output of server/src/extract/readerFiles.ts)
import { READER_FILES } from '../server/out/extract/readerFiles.js';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning', legalComments: 'none', minify: true };
// The readers of imported files (pdf.js through unpdf, mammoth for Word, parse5 for web pages) are
// two thirds of the server's code and read only when such a file is imported: each is a file of its
// own beside the server, loaded on first use (the server's `import()` of it), so the server starts
// as fast as without them.
const READERS = READER_FILES;
const readersApart = {
  name: 'readers-apart',
  setup(build) {
    build.onResolve({ filter: /^(unpdf|mammoth|parse5)$/ }, (args) => ({ path: `./${READERS[args.path]}`, external: true }));
  },
};
/**
 * The server's code as the launcher (server/src/launch.ts) reads it: one string that V8 keeps for
 * as long as the server runs. So it is written in ASCII, a byte a character: esbuild escapes what
 * is not ASCII in strings but not in patterns, and one dash in one pattern made all 3 MB two bytes a
 * character (the escape `\u2013` means the same in a pattern; the source map's columns drift on those
 * lines only). And it is written inside the function Node's loader would wrap it in, so the launcher
 * compiles the file's text as read, not a second copy of it (both measured: the server's memory at
 * rest 87 MB, against the yardstick's 59; docs/performance.md, nineteenth session).
 */
async function serverCode() {
  const built = await esbuild.build({
    ...common, minify: false, write: false, entryPoints: ['server/out/main.js'], outfile: 'dist/serverCode.js', plugins: [readersApart],
    banner: { js: '(function (exports, require, module, __filename, __dirname) {' }, footer: { js: '})' },
  });
  for (const out of built.outputFiles) {
    // (a character escaped by a backslash, `\–`, is the character itself: its escape takes the backslash's place)
    const text = out.path.endsWith('.js')
      ? out.text.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes, c) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      : out.text;
    await writeFile(out.path, text);
  }
}

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/out/extension.js'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // The server's code is left as written, not minified: minified, a cold index of 1,000 meetings
  // took 2.9-3.2 s against 2.5-2.8 s (docs/performance.md, eighteenth session), and a clerk's bug
  // report then carries the names of the functions. dist/server.js is the launcher that runs it
  // through V8's code cache (server/src/launch.ts).
  serverCode(),
  esbuild.build({ ...common, minify: false, entryPoints: ['server/out/launch.js'], outfile: 'dist/server.js' }),
  ...Object.entries(READERS).map(([name, file]) =>
    // mammoth is CommonJS and requires Node's own modules: the ES module gives it a `require`
    esbuild.build({ ...common, format: 'esm', banner: { js: "import { createRequire as __minutesRequire } from 'node:module'; const require = __minutesRequire(import.meta.url);" }, stdin: { contents: `export * from '${name}';\nimport * as all from '${name}';\nexport default all;`, resolveDir: '.' }, outfile: `dist/${file}` })),
]);
// the search library the public website ships (service/site): the server copies it into the site
await copyFile(path.join(path.dirname(createRequire(import.meta.url).resolve('minisearch')), '..', 'umd', 'index.js'), 'dist/minisearch.js');
