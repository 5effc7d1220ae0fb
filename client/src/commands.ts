/** Commands of the Minutes extension: go to an action, export the log, open a location. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ActionTableRequest, ExportRequest, fromActionTable, OPEN_STATUSES, type ActionEntry, type ExportedView } from '#protocol';
import { actionNode, buildTree, compareActions, type GroupBy, type GroupNode } from './actions/tree';
import { exportedGroup, OPEN_LOCATION, type ActionsView } from './actions/view';
import { registerActionContextCommands } from './actions/contextCommands';
import { exportCalendar, exportOpenData } from './openData';

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

async function exportLog(client: LanguageClient, what: 'actions' | 'decisions', view?: ActionsView, only?: GroupNode): Promise<void> {
  const format = await vscode.window.showQuickPick([
    { label: 'Markdown table', format: 'md' as const, language: 'markdown' },
    { label: 'CSV (for a spreadsheet)', format: 'csv' as const, language: 'csv' },
  ], { title: what === 'actions' ? 'Export the action log' : 'Export the decisions register' });
  if (!format) return;
  let status: string[] | undefined;
  let shown: ExportedView = {};
  if (what === 'actions' && only && view) {
    // one owner's (or meeting's) list from the view's right-click menu: `minutes.me` is left alone
    shown = { groupedBy: view.shown().groupedBy, groups: [exportedGroup(only, only.id.slice(0, only.id.indexOf('/')) as GroupBy)] };
  } else if (what === 'actions') {
    const inView = view?.shown();
    const which = await vscode.window.showQuickPick([
      ...(inView ? [{ label: 'As the Actions view shows them', description: inView.summary, status: undefined, shown: inView as ExportedView }] : []),
      { label: 'All actions', description: '', status: undefined, shown: {} as ExportedView }, { label: 'Open and carried forward only', description: '', status: [...OPEN_STATUSES], shown: {} as ExportedView },
      ...(view ? [{ label: 'One owner\'s actions…', description: 'choose whose (your setting minutes.me is left as it is)', status: undefined, shown: undefined }] : []),
    ], { title: 'Which actions?' });
    if (!which) return;
    status = which.status;
    if (!which.shown && view) {
      const owners = buildTree(view.all, 'owner', { onlyOpen: false });
      const whose = await vscode.window.showQuickPick(owners.map((g) => ({ label: g.label, description: g.description, group: g })), { title: 'Whose actions?', matchOnDescription: true });
      if (!whose) return;
      shown = { groupedBy: 'By owner', groups: [exportedGroup(whose.group, 'owner')] };
    } else if (which.shown) {
      shown = { groupedBy: which.shown.groupedBy, groups: which.shown.groups };
    }
  }
  const version = await vscode.window.showQuickPick([
    { label: 'Public version', description: `the ${what} of items marked [confidential] are left out`, version: 'public' as const },
    { label: 'Full version', description: `every ${what === 'actions' ? 'action' : 'decision'}, confidential ones marked`, version: 'full' as const },
  ], { title: 'Which version?' });
  if (!version) return;
  const { text } = await client.sendRequest(ExportRequest, { format: format.format, what, status, version: version.version, ...shown });
  const doc = await vscode.workspace.openTextDocument({ content: text, language: format.language });
  await vscode.window.showTextDocument(doc, { preview: false });
}

export function registerCommands(client: LanguageClient, view?: ActionsView): vscode.Disposable[] {
  return [
    ...registerActionContextCommands(client, openLocation),
    vscode.commands.registerCommand('minutes.actions.exportGroup', (group?: GroupNode) => exportLog(client, 'actions', view, group?.kind === 'group' ? group : undefined)),
    vscode.commands.registerCommand(OPEN_LOCATION, (uri: string, range: LspRange) => openLocation(uri, range)),
    vscode.commands.registerCommand('minutes.goToAction', () => goToAction(client)),
    vscode.commands.registerCommand('minutes.exportActions', () => exportLog(client, 'actions', view)),
    vscode.commands.registerCommand('minutes.exportDecisions', () => exportLog(client, 'decisions')),
    vscode.commands.registerCommand('minutes.exportOpenData', () => exportOpenData(client)),
    vscode.commands.registerCommand('minutes.exportCalendar', () => exportCalendar(client, view)),
  ];
}
