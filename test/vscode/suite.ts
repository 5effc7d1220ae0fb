/**
 * Runs inside VS Code desktop (see runTest.ts): the end-to-end checks through the extension API.
 * Every wait polls for a condition.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
  const uri = vscode.Uri.file(path.join(folder, '2022-09-27.minutes'));
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  assert.equal(doc.languageId, 'minutes');

  // Problems: the unnumbered item, with its message
  const d = await waitFor('the unnumbered-item diagnostic', () => vscode.languages.getDiagnostics(uri).find((x) => String(typeof x.code === 'object' ? x.code.value : x.code) === 'minutes/unnumbered-item'));
  assert.match(d.message, /Start the line with the next number, 080\/22\./);

  // the quick fix inserts the right number
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range);
  const fix = actions.find((a) => a.title === 'Insert minute number 080/22');
  assert.ok(fix?.edit);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.equal(doc.lineAt(d.range.start.line).text, '080/22 Item 6 – Fairness and Belonging');

  // the outline
  const symbols = await waitFor('document symbols', async () => {
    const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    return s && s.length > 0 ? s : undefined;
  });
  const plan = symbols[0].children.find((c) => c.name === 'Police and Crime Plan');
  assert.deepEqual(plan?.children.map((c) => c.name), ['079/22 Access to Police Services', '080/22 Fairness and Belonging']);

  // typing an action with no owner
  const end = doc.lineAt(37).range.end;
  await editor.edit((e) => e.insert(end, '\nACTION: Publish the strategy.'));
  await waitFor('the owner warning', () => vscode.languages.getDiagnostics(uri).find((x) => x.message.includes('This action has no owner')));

  // workspace symbols from another meeting
  const found = await waitFor('workspace symbols', async () => {
    const s = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'finance');
    return s.some((x) => x.name === '075/22 Finance and Budget Update') ? s : undefined;
  });
  assert.ok(found[0].location.uri.fsPath.endsWith('2022-07-26.minutes'));
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}
