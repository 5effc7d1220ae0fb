/**
 * New Meeting, New Meeting from Agenda and Insert Timestamp. The server writes the minutes; this
 * module asks the clerk for the date, picks the file and opens it.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MinutesFromAgendaRequest, NewMeetingDefaultsRequest, NewMeetingRequest, type NewMeetingResult } from '#protocol';
import { clockTime } from '#service/dates';

/** Writes the new meeting next to the one it follows (or in the first folder) and opens it; never overwrites. */
async function createFile(result: NewMeetingResult, near?: vscode.Uri): Promise<void> {
  if ('error' in result) {
    void vscode.window.showErrorMessage(result.error);
    return;
  }
  const folder = result.after ? vscode.Uri.parse(result.after).with({ path: path.posix.dirname(vscode.Uri.parse(result.after).path) })
    : near ? near.with({ path: path.posix.dirname(near.path) }) : vscode.workspace.workspaceFolders?.[0]?.uri;
  let doc: vscode.TextDocument;
  if (folder && folder.scheme !== 'untitled') {
    const target = vscode.Uri.joinPath(folder, result.fileName);
    const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
    if (exists) {
      void vscode.window.showErrorMessage(`${result.fileName} already exists in ${folder.fsPath}. Open it, or choose another date.`);
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(target, { contents: new TextEncoder().encode(result.text) });
    await vscode.workspace.applyEdit(edit);
    doc = await vscode.workspace.openTextDocument(target);
  } else {
    doc = await vscode.workspace.openTextDocument({ content: result.text, language: 'minutes' });
  }
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  editor.selection = new vscode.Selection(end, end);
}

async function newMeeting(client: LanguageClient): Promise<void> {
  const defaults = await client.sendRequest(NewMeetingDefaultsRequest, {});
  const date = await vscode.window.showInputBox({
    title: defaults.title ? `New meeting of the ${defaults.title}` : 'New meeting',
    prompt: 'Date of the meeting (27/09/2022, 2022-09-27 or 27 September 2022)',
    value: defaults.date,
  });
  if (date === undefined) return;
  await createFile(await client.sendRequest(NewMeetingRequest, { date }));
}

async function newMeetingFromAgenda(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showErrorMessage('Open the agenda first (a file with its numbered items, times, titles and presenters), then run New Meeting from Agenda.');
    return;
  }
  const result = await client.sendRequest(MinutesFromAgendaRequest, { uri: editor.document.uri.toString(), text: editor.document.getText() });
  await createFile(result, editor.document.uri);
}

function insertTimestamp(): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const time = clockTime(new Date());
  void editor.edit((b) => { for (const s of editor.selections) b.replace(s, time); });
}

export function registerNewMeetingCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('minutes.newMeeting', () => newMeeting(client)),
    vscode.commands.registerCommand('minutes.newMeetingFromAgenda', () => newMeetingFromAgenda(client)),
    vscode.commands.registerCommand('minutes.insertTimestamp', insertTimestamp),
  ];
}
