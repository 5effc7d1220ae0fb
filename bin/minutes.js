#!/usr/bin/env node
// The minutes command line: minutes check FILE…, minutes outline FILE
const { main } = require('#cli/main');
// `minutes check … | head` closes the pipe early: stop quietly rather than crash. Any other
// failure to write (a full disk) is one line and exit status 2, never a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`minutes: could not write to standard output: ${e.code === 'ENOSPC' ? 'the disk is full' : e.message}\n`);
  process.exit(2);
});
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
