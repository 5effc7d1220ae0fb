/** Export the published minutes (HTML, Word, Markdown; public or full) and import published minutes. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportMeetingRequest, ImportPublishedRequest } from '#protocol';
import { registerSiteCommands } from './site';
import { registerApprovalCommands } from './approval';

async function exportMeeting(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'minutes') {
    void vscode.window.showErrorMessage('Open the .minutes file of the meeting to publish, then export it.');
    return;
  }
  const format = await vscode.window.showQuickPick([
    { label: 'Word document (.docx)', to: 'docx' as const, ext: 'docx', fileKind: 'Word document' },
    { label: 'Web page (.html), to print to PDF', to: 'html' as const, ext: 'html', fileKind: 'Web page' },
    { label: 'Markdown (.md), for a website', to: 'md' as const, ext: 'md', fileKind: 'Markdown' },
    // the decision notice: attendance, declarations and every decision with its vote; always public
    { label: 'Decision notice, Word document (.docx)', to: 'notice-docx' as const, ext: 'docx', fileKind: 'Word document' },
    { label: 'Decision notice, web page (.html)', to: 'notice-html' as const, ext: 'html', fileKind: 'Web page' },
    { label: 'Decision notice, Markdown (.md)', to: 'notice-md' as const, ext: 'md', fileKind: 'Markdown' },
  ], { title: 'Export the published minutes or the decision notice' });
  if (!format) return;
  const notice = format.to.startsWith('notice-');
  const version = notice ? { version: 'public' as const } : await vscode.window.showQuickPick([
    { label: 'Public version', description: 'items marked [confidential] are left out, with one line saying they were considered in private', version: 'public' as const },
    { label: 'Full version', description: 'every item, confidential ones marked', version: 'full' as const },
  ], { title: 'Which version?' });
  if (!version) return;
  const base = editor.document.uri.path.replace(/\.[^./]*$/, '');
  const target = await vscode.window.showSaveDialog({
    defaultUri: editor.document.uri.with({ path: `${base}${notice ? '.notice' : version.version === 'public' ? '.public' : ''}.${format.ext}` }),
    filters: { [format.fileKind]: [format.ext] },
  });
  if (!target) return;
  let template: string | undefined;
  if (format.to === 'docx') {
    const t = await wordTemplate(editor.document.uri);
    if (t === null) return;
    template = t;
  }
  const r = await client.sendRequest(ExportMeetingRequest, { uri: editor.document.uri.toString(), to: format.to, version: version.version, ...(template ? { template } : {}) });
  if ('error' in r) {
    void vscode.window.showErrorMessage(r.error);
    return;
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(r.base64, 'base64'));
  const open = await vscode.window.showInformationMessage(`Wrote ${vscode.workspace.asRelativePath(target)}.`, 'Reveal');
  if (open) await vscode.commands.executeCommand('revealFileInOS', target);
}

/**
 * The board's Word template that `minutes.wordTemplate` names (a path, relative to the workspace
 * folder of the minutes), in base64; undefined when none is set, null when it cannot be read (said).
 */
async function wordTemplate(doc: vscode.Uri): Promise<string | undefined | null> {
  const setting = vscode.workspace.getConfiguration('minutes', doc).get<string>('wordTemplate', '').trim();
  if (!setting) return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(doc)?.uri ?? doc.with({ path: path.posix.dirname(doc.path) });
  const uri = path.isAbsolute(setting) ? vscode.Uri.file(setting) : vscode.Uri.joinPath(folder, setting);
  try {
    return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('base64');
  } catch {
    void vscode.window.showErrorMessage(`The Word template ${setting} (setting minutes.wordTemplate) cannot be read: check the path, or clear the setting to export in Minutes' own styles.`);
    return null;
  }
}

/**
 * Import asks before it writes: where the new file goes (by default the folder of the board's
 * meetings, named for the meeting's date), and, when the workspace already holds a meeting of
 * that date, whether to open it, replace it or keep both. Nothing is written without the clerk's word.
 */
async function importPublished(client: LanguageClient): Promise<void> {
  const picked = await vscode.window.showOpenDialog({ title: 'Import published minutes', canSelectMany: false, filters: { 'Published minutes': ['docx', 'pdf', 'html', 'htm', 'txt', 'md', 'minutes'], 'All files': ['*'] } });
  if (!picked?.[0]) return;
  const source = picked[0];
  // the server reads the file: Word, PDF, a web page, or text in its encoding (it says when not UTF-8)
  const bytes = await vscode.workspace.fs.readFile(source);
  const r = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Importing ${path.posix.basename(source.path)}…` },
    () => client.sendRequest(ImportPublishedRequest, { base64: Buffer.from(bytes).toString('base64'), name: vscode.workspace.asRelativePath(source) }));
  if ('error' in r) {
    void vscode.window.showErrorMessage(r.error);
    return;
  }
  if (r.note) void vscode.window.showInformationMessage(r.note);
  const dirOf = (u: vscode.Uri): vscode.Uri => u.with({ path: path.posix.dirname(u.path) });
  let folder = r.latest ? dirOf(vscode.Uri.parse(r.latest)) : vscode.workspace.workspaceFolders?.[0]?.uri ?? dirOf(source);
  let name = r.fileName ?? path.posix.basename(source.path).replace(/(\.[^./]*)?$/, '.minutes');
  // the meeting's own file first (`2022-09-27.minutes`), when a copy kept earlier has the same date
  const same = r.sameDate.map((u) => vscode.Uri.parse(u)).filter((u) => u.toString() !== source.toString());
  const existing = same.find((u) => path.posix.basename(u.path) === r.fileName) ?? same[0];
  if (existing) {
    const shown = vscode.workspace.asRelativePath(existing);
    const choice = await vscode.window.showQuickPick([
      { label: `Open ${shown}`, description: 'the meeting as it is; nothing is written', act: 'open' as const },
      { label: `Replace ${shown} with the imported minutes`, description: 'its text becomes the import (Undo brings it back)', act: 'replace' as const },
      { label: 'Keep both', description: 'save the imported minutes as another file', act: 'both' as const },
    ], { title: `The meeting of ${r.meetingDate ?? 'this date'} is already in the workspace: ${shown}`, placeHolder: 'Open it, replace it or keep both?', ignoreFocusOut: true });
    if (!choice) return;
    if (choice.act === 'open') {
      await vscode.window.showTextDocument(existing, { preview: false });
      return;
    }
    if (choice.act === 'replace') {
      const doc = await vscode.workspace.openTextDocument(existing);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(existing, new vscode.Range(0, 0, doc.lineCount, 0), r.text);
      await vscode.workspace.applyEdit(edit);
      await doc.save();
      await vscode.window.showTextDocument(doc, { preview: false });
      return;
    }
    folder = dirOf(existing);
    name = await freeName(folder, name);
  }
  const target = await vscode.window.showSaveDialog({ title: 'Save the imported minutes', saveLabel: 'Import', defaultUri: vscode.Uri.joinPath(folder, name), filters: { Minutes: ['minutes'] } });
  if (!target) return;
  // the save dialog has asked before replacing a file the clerk chose
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(r.text));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target), { preview: false });
}

/** `2022-09-27 (2).minutes`: a name beside the existing meeting that no file has. */
async function freeName(folder: vscode.Uri, name: string): Promise<string> {
  const stem = name.replace(/\.minutes$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n}).minutes`;
    if (!(await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, candidate)).then(() => true, () => false))) return candidate;
  }
}

export function registerPublishCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('minutes.exportMeeting', () => exportMeeting(client)),
    vscode.commands.registerCommand('minutes.importPublished', () => importPublished(client)),
    ...registerSiteCommands(client),
    ...registerApprovalCommands(client),
  ];
}
