#!/usr/bin/env node
// The Minutes language server for any LSP client: minutes-language-server --stdio
// It runs the server as the .vsix ships it (dist/, made by `npm run build`).
require('../dist/server.js');
