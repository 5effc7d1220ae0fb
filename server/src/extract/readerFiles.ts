/**
 * Where the readers of imported files live in the bundle: each is a file of its own beside the
 * server (scripts/bundle.mjs writes them under these names), loaded on first use.
 */
export const READER_FILES = { mammoth: 'mammoth.mjs', unpdf: 'pdf.mjs', parse5: 'parse5.mjs' } as const;

/**
 * The launcher (launch.ts) runs the bundle from V8's code cache, and Node 20 forgets how a script
 * read from a cache imports (its `import()` fails: "A dynamic import callback was not specified").
 * So the launcher lends an import of its own, under this key of `globalThis`, that takes a file
 * of `READER_FILES` beside it.
 */
export const READER_IMPORT = Symbol.for('minutes.importReader');
