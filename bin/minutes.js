#!/usr/bin/env node
// The minutes command line: minutes check FILE…, minutes outline FILE
const { main } = require('../server/out/cli/main.js');
// `minutes check … | head` closes the pipe early: stop quietly rather than crash.
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
