/** Commands of the Minutes extension: go to an action, export the log, open a location. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ActionTableRequest, ExportRequest, fromActionTable, type ActionEntry } from '../../server/out/protocol';
import { actionNode, compareActions } from './actions/tree';
import { OPEN_LOCATION } from './actions/view';

interface LspRange { start: { line: number; character: number }; end: { line: number; character: number } }

export async function openLocation(uri: string, range: LspRange): Promise<void> {
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(r.start, r.start), preview: false });
}

const ICON: Record<string, string> = { overdue: '$(warning)', open: '$(circle-large-outline)', 'carried forward': '$(arrow-circle-right)', done: '$(pass-filled)', dropped: '$(circle-slash)' };

async function goToAction(client: LanguageClient): Promise<void> {
  const actions: ActionEntry[] = fromActionTable(await client.sendRequest(ActionTableRequest, {}));
  if (actions.length === 0) {
    void vscode.window.showInformationMessage('There are no actions in the minutes of this workspace yet.');
    return;
  }
  const items = [...actions].sort(compareActions).map((a) => {
    const n = actionNode(a, 'pick');
    return { label: `${ICON[n.icon]} ${a.ref}`, description: n.description, detail: a.text, action: a };
  });
  const picked = await vscode.window.showQuickPick(items, { title: 'Go to Action', placeHolder: 'Search actions by text, owner or reference (081/22-A1)', matchOnDescription: true, matchOnDetail: true });
  if (picked) await openLocation(picked.action.uri, picked.action.range);
}

async function exportLog(client: LanguageClient, what: 'actions' | 'decisions'): Promise<void> {
  const format = await vscode.window.showQuickPick([
    { label: 'Markdown table', format: 'md' as const, language: 'markdown' },
    { label: 'CSV (for a spreadsheet)', format: 'csv' as const, language: 'csv' },
  ], { title: what === 'actions' ? 'Export the action log' : 'Export the decisions register' });
  if (!format) return;
  let status: string[] | undefined;
  if (what === 'actions') {
    const which = await vscode.window.showQuickPick([{ label: 'All actions', status: undefined }, { label: 'Open and carried forward only', status: ['open', 'carried forward'] }], { title: 'Which actions?' });
    if (!which) return;
    status = which.status;
  }
  const version = await vscode.window.showQuickPick([
    { label: 'Public version', description: `the ${what} of items marked [confidential] are left out`, version: 'public' as const },
    { label: 'Full version', description: `every ${what === 'actions' ? 'action' : 'decision'}, confidential ones marked`, version: 'full' as const },
  ], { title: 'Which version?' });
  if (!version) return;
  const { text } = await client.sendRequest(ExportRequest, { format: format.format, what, status, version: version.version });
  const doc = await vscode.workspace.openTextDocument({ content: text, language: format.language });
  await vscode.window.showTextDocument(doc, { preview: false });
}

export function registerCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(OPEN_LOCATION, (uri: string, range: LspRange) => openLocation(uri, range)),
    vscode.commands.registerCommand('minutes.goToAction', () => goToAction(client)),
    vscode.commands.registerCommand('minutes.exportActions', () => exportLog(client, 'actions')),
    vscode.commands.registerCommand('minutes.exportDecisions', () => exportLog(client, 'decisions')),
  ];
}
