/**
 * *Minutes: Record Approval*: asks the clerk which meeting approved the open minutes (offering what
 * the folder says), under which minute and who signed; the server writes the approval and the
 * fingerprint of the text on the meeting's Status line, and the edit is applied here.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ApprovalDefaultsRequest, RecordApprovalRequest } from '#protocol';

async function recordApproval(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'minutes') {
    void vscode.window.showErrorMessage('Open the .minutes file of the meeting whose minutes were approved, then record the approval.');
    return;
  }
  const uri = editor.document.uri.toString();
  const defaults = await client.sendRequest(ApprovalDefaultsRequest, { uri });
  if ('error' in defaults) { void vscode.window.showErrorMessage(defaults.error); return; }
  const title = 'Record Approval';
  const date = await vscode.window.showInputBox({ title, prompt: 'The date of the meeting that approved these minutes as a correct record', value: defaults.date, placeHolder: '25/10/2022', ignoreFocusOut: true });
  if (date === undefined) return;
  const minute = await vscode.window.showInputBox({ title, prompt: 'The minute of that meeting that approved them', value: defaults.minute, placeHolder: '083/22', ignoreFocusOut: true });
  if (minute === undefined) return;
  const signedBy = await vscode.window.showInputBox({ title, prompt: 'Who signed them as a correct record', value: defaults.signedBy, placeHolder: 'Cllr Jane Smith, Chair', ignoreFocusOut: true });
  if (signedBy === undefined) return;
  const r = await client.sendRequest(RecordApprovalRequest, { uri, date, minute, signedBy });
  if ('error' in r) { void vscode.window.showErrorMessage(r.error); return; }
  const edit = new vscode.WorkspaceEdit();
  for (const e of r.edits) edit.replace(editor.document.uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
  if (!(await vscode.workspace.applyEdit(edit))) { void vscode.window.showErrorMessage('The approval could not be written: the file changed meanwhile. Run Record Approval again.'); return; }
  // saved at once: the fingerprint is of this text, and the file on disk is what verify reads
  await editor.document.save();
  void vscode.window.showInformationMessage('Recorded the approval and the fingerprint of these minutes on their Status line. From now on a change to them is flagged.');
}

export function registerApprovalCommands(client: LanguageClient): vscode.Disposable[] {
  return [vscode.commands.registerCommand('minutes.recordApproval', () => recordApproval(client))];
}
