#!/usr/bin/env node
// The Minutes language server for any LSP client: minutes-language-server --stdio
require('#server/main');
