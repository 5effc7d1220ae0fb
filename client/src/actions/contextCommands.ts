/**
 * The Actions view's right-click menu: *Mark Done*, *Carried Forward* and *Dropped* (each with a
 * note asked in an input box) write the action's status line in the latest meeting, where the
 * server says (it changes the line the meeting already has for the action, else adds one); the
 * edit is applied as an editor edit, so the clerk sees it and can undo it. *Open in Its Meeting*.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SetActionStatusRequest, type SettableStatus } from '#protocol';
import type { ActionNode } from './tree';

const ASK: Record<SettableStatus, { title: string; prompt: string }> = {
  done: { title: 'Mark {ref} done', prompt: 'A note for the minutes, e.g. "data circulated 01/10/2022" (optional: press Enter to leave none)' },
  'carried forward': { title: 'Carry {ref} forward', prompt: 'Why it is carried forward, e.g. "awaiting the Home Office figures" (optional)' },
  dropped: { title: 'Drop {ref}', prompt: 'Why it is dropped, e.g. "superseded by the new strategy"' },
};

async function setStatus(client: LanguageClient, node: ActionNode | undefined, status: SettableStatus): Promise<void> {
  if (node?.kind !== 'action') {
    void vscode.window.showInformationMessage('Right-click an action in the Actions view to change its status.');
    return;
  }
  const a = node.action;
  const ask = ASK[status];
  const note = await vscode.window.showInputBox({ title: ask.title.replace('{ref}', a.ref), prompt: ask.prompt, ignoreFocusOut: true });
  if (note === undefined) return; // Escape: nothing written
  const result = await client.sendRequest(SetActionStatusRequest, { uri: a.uri, ref: a.ref, status, note: note.trim() });
  if ('error' in result) {
    void vscode.window.showWarningMessage(result.error);
    return;
  }
  const uri = vscode.Uri.parse(result.uri);
  const edit = new vscode.WorkspaceEdit();
  for (const e of result.edits) {
    edit.replace(uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage(`Could not edit ${uri.path.slice(uri.path.lastIndexOf('/') + 1)}: is it read-only? Nothing was written.`);
    return;
  }
  // show the line written, in the meeting that now records it (unsaved, like any edit)
  const line = result.edits[0]?.range.start.line ?? 0;
  const added = result.edits.length === 1 && result.edits[0].newText.startsWith('\n');
  const at = new vscode.Position(added ? line + 1 : line, 0);
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(at, at), preview: false });
  void vscode.window.showInformationMessage(result.message);
}

export function registerActionContextCommands(client: LanguageClient, open: (uri: string, range: ActionNode['action']['range']) => Promise<void>): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('minutes.actions.markDone', (node?: ActionNode) => setStatus(client, node, 'done')),
    vscode.commands.registerCommand('minutes.actions.carryForward', (node?: ActionNode) => setStatus(client, node, 'carried forward')),
    vscode.commands.registerCommand('minutes.actions.drop', (node?: ActionNode) => setStatus(client, node, 'dropped')),
    vscode.commands.registerCommand('minutes.actions.openInMeeting', async (node?: ActionNode) => {
      if (node?.kind === 'action') await open(node.action.uri, node.action.range);
    }),
  ];
}
