/**
 * *Minutes: Export Open Data…* and *Minutes: Export Calendar…* (also in the Actions view's title
 * menu): the client asks the format, the version and where; the server makes the files
 * (`minutes/exportRecord`) and the client writes them.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportRecordRequest, type ExportRecordParams } from '#protocol';
import { buildTree } from './actions/tree';
import type { ActionsView } from './actions/view';

async function pickVersion(what: string): Promise<'public' | 'full' | undefined> {
  const v = await vscode.window.showQuickPick([
    { label: 'Public version', description: 'nothing of the items marked [confidential] beyond their minute number', version: 'public' as const },
    { label: 'Full version', description: `every item, action and decision, confidential ones marked`, version: 'full' as const },
  ], { title: `Which version of the ${what}?` });
  return v?.version;
}

function defaultFolder(): vscode.Uri | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

/** Writes the files into a folder the clerk chose; asks before replacing any. */
async function writeInto(folder: vscode.Uri, files: ReadonlyArray<{ name: string; text: string }>): Promise<boolean> {
  const targets = files.map((f) => ({ uri: vscode.Uri.joinPath(folder, f.name), text: f.text }));
  const existing: string[] = [];
  for (const t of targets) {
    try { await vscode.workspace.fs.stat(t.uri); existing.push(t.uri.path.slice(t.uri.path.lastIndexOf('/') + 1)); } catch { /* not there: written */ }
  }
  if (existing.length > 0) {
    const replace = await vscode.window.showWarningMessage(`${existing.join(', ')} already ${existing.length === 1 ? 'exists' : 'exist'} in that folder. Replace?`, { modal: true }, 'Replace');
    if (replace !== 'Replace') return false;
  }
  for (const t of targets) await vscode.workspace.fs.writeFile(t.uri, new TextEncoder().encode(t.text));
  return true;
}

async function saveOne(title: string, name: string, text: string, filters: Record<string, string[]>): Promise<vscode.Uri | undefined> {
  const folder = defaultFolder();
  // the save dialog asks before replacing a file
  const uri = await vscode.window.showSaveDialog({ title, defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters, saveLabel: 'Export' });
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function exportOpenData(client: LanguageClient): Promise<void> {
  const format = await vscode.window.showQuickPick([
    { label: 'JSON', description: 'one file, described by docs/schema/minutes-record.schema.json', format: 'json' as const },
    { label: 'CSV', description: 'one table per kind (meetings, items, people, attendance, actions, action history, decisions) in a folder', format: 'csv' as const },
  ], { title: 'Export the record as open data' });
  if (!format) return;
  const version = await pickVersion('record');
  if (!version) return;
  const { files } = await client.sendRequest(ExportRecordRequest, { format: format.format, version });
  if (format.format === 'json') {
    const uri = await saveOne('Save the open data', files[0].name, files[0].text, { JSON: ['json'] });
    if (uri) void vscode.window.showInformationMessage(`Open data written to ${vscode.workspace.asRelativePath(uri)}.`);
    return;
  }
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: defaultFolder(), openLabel: 'Export Here', title: 'The folder for the CSV tables' });
  if (!picked?.[0]) return;
  if (await writeInto(picked[0], files)) void vscode.window.showInformationMessage(`${files.length} CSV tables written to ${vscode.workspace.asRelativePath(picked[0])}.`);
}

export async function exportCalendar(client: LanguageClient, view?: ActionsView): Promise<void> {
  const owners = view ? buildTree(view.all, 'owner', { onlyOpen: true }).filter((g) => g.id !== 'owner/no owner') : [];
  const whose = await vscode.window.showQuickPick([
    { label: 'Everyone\'s actions', description: 'the meetings to come and every open action\'s due date', owner: undefined as string | undefined },
    ...owners.map((g) => ({ label: g.label, description: g.description, owner: g.label.replace(/ \(.*\)$/, '') as string | undefined })),
  ], { title: 'Export a calendar: whose actions?', matchOnDescription: true });
  if (!whose) return;
  const version = await pickVersion('calendar');
  if (!version) return;
  const params: ExportRecordParams = { format: 'ics', version, ...(whose.owner ? { owner: whose.owner } : {}) };
  const { files } = await client.sendRequest(ExportRecordRequest, params);
  const name = whose.owner ? files[0].name.replace(/\.ics$/, `.${whose.owner.replace(/[^\p{L}\p{N}]+/gu, '-')}.ics`) : files[0].name;
  const uri = await saveOne('Save the calendar', name, files[0].text, { iCalendar: ['ics'] });
  if (uri) void vscode.window.showInformationMessage(`Calendar written to ${vscode.workspace.asRelativePath(uri)}: import it into your calendar (importing it again updates the events).`);
}
