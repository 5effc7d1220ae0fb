/**
 * A second, independent LSP client: Neovim's built-in client (0.7, as Debian ships it) starts
 * `minutes-language-server --stdio` on a corpus file; its diagnostics and document symbols arrive.
 * Neovim 0.7 only takes pushed diagnostics, which is what the server sends.
 */
import { test, before } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, CORPUS } from './support/util';
import { lineOf } from './support/positions';
import { setupTools, type Tools } from './support/tools';

let tools: Tools;
before(() => { tools = setupTools(); });

const LUA = `
local out = vim.env.MINUTES_OUT
local file = vim.env.MINUTES_FILE
local id = vim.lsp.start_client({
  name = 'minutes',
  cmd = { vim.env.MINUTES_NODE, vim.env.MINUTES_SERVER, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.lsp.buf_attach_client(0, id)
local got = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local diags = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(diags, { line = d.lnum, col = d.col, severity = d.severity, message = d.message, code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or vim.NIL })
end
local params = { textDocument = vim.lsp.util.make_text_document_params() }
local resp = vim.lsp.buf_request_sync(0, 'textDocument/documentSymbol', params, 20000) or {}
local symbols = vim.NIL
for _, r in pairs(resp) do if r.result then symbols = r.result end end
local f = io.open(out, 'w')
f:write(vim.fn.json_encode({ waited = got, diagnostics = diags, symbols = symbols }))
f:close()
vim.cmd('qa!')
`;

test('Neovim receives pushed diagnostics and document symbols for a corpus file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-nvim-'));
  const file = path.join(dir, '2023-12-19.minutes');
  fs.copyFileSync(path.join(CORPUS, 'spcb-2023-12-19-with-2024-01-agenda.txt'), file);
  const init = path.join(dir, 'init.lua');
  fs.writeFileSync(init, LUA);
  const out = path.join(dir, 'result.json');
  const r = spawnSync(tools.nvim, ['--headless', '--clean', '-n', '-u', 'NONE', '-c', `luafile ${init}`], {
    encoding: 'utf8', timeout: 60000,
    env: { ...process.env, HOME: dir, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, MINUTES_OUT: out, MINUTES_FILE: file, MINUTES_NODE: process.execPath, MINUTES_SERVER: path.join(ROOT, 'bin', 'minutes-language-server.js') },
  });
  assert.ok(fs.existsSync(out), `Neovim wrote no result (status ${r.status}): ${r.stderr}${r.stdout}`);
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as {
    waited: boolean; diagnostics: Array<{ line: number; message: string; code: string }>; symbols: Array<{ name: string; children?: Array<{ name: string; children?: Array<{ name: string }> }> }>;
  };
  assert.ok(result.waited, 'diagnostics arrived');
  // the eleven minute numbers the PDF split (`115/2 3`) are debris, read as printed: no warning on them
  assert.equal(result.diagnostics.filter((d) => d.code === 'minutes/malformed-number').length, 0);
  assert.ok(result.diagnostics.some((d) => d.line === lineOf(fs.readFileSync(file, 'utf8'), 'Further details on the 2 apps outlined around visibility') && d.code === 'minutes/action-without-owner'));
  assert.deepEqual(result.symbols.map((s) => s.name), ['Agenda: STRATEGIC POLICING AND CRIME BOARD', 'STRATEGIC POLICING AND CRIME BOARD']);
  const plan = result.symbols[1].children!.find((c) => c.name === 'Police and Crime Plan');
  assert.deepEqual(plan?.children?.map((c) => c.name), ['119/23 Rebuilding Community Policing: Part One']);
  fs.rmSync(dir, { recursive: true, force: true });
});
