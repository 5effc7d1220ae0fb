/** *Minutes: Build Public Website…*: asks where to write the website; the server builds and writes it. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { BuildSiteRequest } from '#protocol';

async function buildSite(client: LanguageClient): Promise<void> {
  // the board's meetings: the folder of the minutes open in the editor, else the workspace's
  const editor = vscode.window.activeTextEditor;
  const folder = editor?.document.languageId === 'minutes'
    ? editor.document.uri.with({ path: path.posix.dirname(editor.document.uri.path) })
    : vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) {
    void vscode.window.showErrorMessage('Open the folder of the board\'s meetings (or one of its .minutes files), then build the website.');
    return;
  }
  const picked = await vscode.window.showOpenDialog({
    title: `Where to write the public website of ${vscode.workspace.asRelativePath(folder)}`, canSelectFolders: true, canSelectFiles: false, canSelectMany: false,
    openLabel: 'Build the website here', defaultUri: folder,
  });
  if (!picked?.[0]) return;
  const r = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Building the public website…' },
    () => client.sendRequest(BuildSiteRequest, { folder: folder.toString(), out: picked[0].toString() }));
  if ('error' in r) { void vscode.window.showErrorMessage(r.error); return; }
  const open = await vscode.window.showInformationMessage(`Built the public website of ${r.meetings} meeting${r.meetings === 1 ? '' : 's'} in ${vscode.workspace.asRelativePath(picked[0])}.`, 'Open in Browser');
  if (open) await vscode.env.openExternal(vscode.Uri.parse(r.index));
}

export function registerSiteCommands(client: LanguageClient): vscode.Disposable[] {
  return [vscode.commands.registerCommand('minutes.buildSite', () => buildSite(client))];
}
