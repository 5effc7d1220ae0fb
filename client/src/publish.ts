/** Export the published minutes (HTML, Word, Markdown; public or full) and import published minutes. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportMeetingRequest, ImportPublishedRequest } from '../../server/out/protocol';

async function exportMeeting(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'minutes') {
    void vscode.window.showErrorMessage('Open the .minutes file of the meeting to publish, then export it.');
    return;
  }
  const format = await vscode.window.showQuickPick([
    { label: 'Word document (.docx)', to: 'docx' as const, fileKind: 'Word document' },
    { label: 'Web page (.html), to print to PDF', to: 'html' as const, fileKind: 'Web page' },
    { label: 'Markdown (.md), for a website', to: 'md' as const, fileKind: 'Markdown' },
  ], { title: 'Export the published minutes' });
  if (!format) return;
  const version = await vscode.window.showQuickPick([
    { label: 'Public version', description: 'items marked [confidential] are left out, with one line saying they were considered in private', version: 'public' as const },
    { label: 'Full version', description: 'every item, confidential ones marked', version: 'full' as const },
  ], { title: 'Which version?' });
  if (!version) return;
  const base = editor.document.uri.path.replace(/\.[^./]*$/, '');
  const target = await vscode.window.showSaveDialog({
    defaultUri: editor.document.uri.with({ path: `${base}${version.version === 'public' ? '.public' : ''}.${format.to}` }),
    filters: { [format.fileKind]: [format.to] },
  });
  if (!target) return;
  const r = await client.sendRequest(ExportMeetingRequest, { uri: editor.document.uri.toString(), to: format.to, version: version.version });
  if ('error' in r) {
    void vscode.window.showErrorMessage(r.error);
    return;
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(r.base64, 'base64'));
  const open = await vscode.window.showInformationMessage(`Wrote ${vscode.workspace.asRelativePath(target)}.`, 'Reveal');
  if (open) await vscode.commands.executeCommand('revealFileInOS', target);
}

async function importPublished(client: LanguageClient): Promise<void> {
  const picked = await vscode.window.showOpenDialog({ title: 'Import published minutes', canSelectMany: false, filters: { 'Text from a PDF': ['txt', 'md', 'minutes'], 'All files': ['*'] } });
  if (!picked?.[0]) return;
  // the server finds the file's encoding (UTF-8, UTF-16, Windows-1252) and says when it was not UTF-8
  const bytes = await vscode.workspace.fs.readFile(picked[0]);
  const { text, note } = await client.sendRequest(ImportPublishedRequest, { base64: Buffer.from(bytes).toString('base64'), name: vscode.workspace.asRelativePath(picked[0]) });
  if (note) void vscode.window.showInformationMessage(note);
  const target = picked[0].with({ path: picked[0].path.replace(/(\.[^./]*)?$/, '.minutes') });
  const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
  // never overwrite: an existing file gets an untitled copy beside it instead
  const doc = exists ? await vscode.workspace.openTextDocument({ content: text, language: 'minutes' }) : await (async () => {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    return vscode.workspace.openTextDocument(target);
  })();
  await vscode.window.showTextDocument(doc, { preview: false });
}

export function registerPublishCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('minutes.exportMeeting', () => exportMeeting(client)),
    vscode.commands.registerCommand('minutes.importPublished', () => importPublished(client)),
  ];
}
