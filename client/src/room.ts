/**
 * The meeting as it happens, in the editor (issue 20): a status bar item saying who is in the room
 * for the item at the cursor and whether the meeting is quorate, kept up to date as the clerk types
 * and moves (`minutes/roomAt`); and *Record Departure…* / *Record Arrival…*, which write
 * "Cllr Evans left the meeting at 20:05." at the cursor (`minutes/recordMovement`: the server writes
 * the line, so that it is one the parse reads as a departure of that item).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RecordMovementRequest, RoomAtRequest, type RoomAtResult } from '#protocol';
import { clockTime } from '#service/dates';

const SOMEONE_ELSE = 'Someone else…';

function activeMinutes(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document.languageId === 'minutes' ? editor : undefined;
}

async function roomAt(client: LanguageClient, editor: vscode.TextEditor): Promise<RoomAtResult | null> {
  const p = editor.selection.active;
  return client.sendRequest(RoomAtRequest, { uri: editor.document.uri.toString(), position: { line: p.line, character: p.character } });
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The status bar's words for the room: the count and verdict, and a tooltip in a clerk's words. */
function roomWords(r: RoomAtResult): { text: string; tooltip: string; inquorate: boolean } {
  const where = r.item ? `item ${[r.item.number, r.item.title].filter((x) => x).join(' ')}` : 'the start of the meeting';
  const inquorate = r.quorate === false;
  const verdict = r.quorate === undefined ? '' : r.quorate ? ' · quorate' : ' · NOT QUORATE';
  const text = `${inquorate ? '$(warning)' : '$(person)'} ${r.inRoom.length} in the room · ${r.eligible.length} may vote${verdict}`;
  const lines = [
    `At the cursor, ${where}:`,
    `${plural(r.eligible.length, 'member is', 'members are')} present and may vote${r.eligible.length ? `: ${r.eligible.join(', ')}` : ''}.`,
    ...(r.notVoting.length ? [`Also in the room, not voting: ${r.notVoting.join(', ')}.`] : []),
    r.quorate === undefined ? 'No quorum is set (setting minutes.quorum), so the quorum is not checked.'
      : r.quorate ? `The meeting is quorate: the quorum is ${r.quorum} of ${plural(r.membership, 'member', 'members')}.`
        : `The meeting is NOT quorate here: only ${r.eligible.length} may vote and the quorum is ${r.quorum} of ${plural(r.membership, 'member', 'members')}. A decision taken now may be challenged.`,
    'Click to record someone leaving the meeting.',
  ];
  return { text, tooltip: lines.join('\n'), inquorate };
}

export function createRoomStatus(client: LanguageClient, logChanged: vscode.Event<void>): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('minutes.room', vscode.StatusBarAlignment.Left, 49);
  item.name = 'Minutes: who is in the room';
  item.command = 'minutes.recordDeparture';
  let asked = 0;
  const update = async (): Promise<void> => {
    const editor = activeMinutes();
    if (!editor) { item.hide(); return; }
    const mine = ++asked;
    try {
      const r = await roomAt(client, editor);
      if (mine !== asked) return; // a later keystroke asked again
      if (!r) { item.hide(); return; }
      const w = roomWords(r);
      item.text = w.text;
      item.tooltip = w.tooltip; // plain text: the names are the clerk's words, never Markdown
      item.backgroundColor = w.inquorate ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      item.show();
    } catch {
      if (mine === asked) item.hide();
    }
  };
  // as the clerk types and moves: asked again after a short pause, not on every keystroke
  let timer: NodeJS.Timeout | undefined;
  const soon = (): void => { if (timer) clearTimeout(timer); timer = setTimeout(() => void update(), 200); };
  void update();
  return [
    item,
    { dispose: () => { if (timer) clearTimeout(timer); } },
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    vscode.window.onDidChangeTextEditorSelection((e) => { if (e.textEditor === vscode.window.activeTextEditor) soon(); }),
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === vscode.window.activeTextEditor?.document) soon(); }),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('minutes')) soon(); }),
    logChanged(() => soon()),
  ];
}

/** Asks who left (people in the room) or arrived (people of the lists elsewhere), and writes the line at the cursor. */
async function recordMovement(client: LanguageClient, change: 'left' | 'joined'): Promise<void> {
  const editor = activeMinutes();
  if (!editor) { void vscode.window.showInformationMessage('Open the minutes of the meeting and put the cursor in the item being discussed.'); return; }
  const r = await roomAt(client, editor);
  const offered = r ? (change === 'left' ? r.inRoom : r.elsewhere) : [];
  let name: string | undefined;
  const title = change === 'left' ? 'Who left the meeting?' : 'Who joined the meeting?';
  if (offered.length) {
    const picked = await vscode.window.showQuickPick([...offered, SOMEONE_ELSE], { title, placeHolder: change === 'left' ? 'The people in the room for this item' : 'The people of the lists not in the room' });
    if (!picked) return;
    name = picked === SOMEONE_ELSE ? undefined : picked;
  }
  name ??= await vscode.window.showInputBox({ title, prompt: 'The name as the lists write it', placeHolder: 'e.g. Cllr Evans' });
  if (!name?.trim()) return;
  const p = editor.selection.active;
  const result = await client.sendRequest(RecordMovementRequest, { uri: editor.document.uri.toString(), position: { line: p.line, character: p.character }, name, change, time: clockTime(new Date()) });
  if ('error' in result) { void vscode.window.showWarningMessage(result.error); return; }
  const edit = new vscode.WorkspaceEdit();
  for (const e of result.edits) edit.replace(editor.document.uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
  if (!(await vscode.workspace.applyEdit(edit))) { void vscode.window.showErrorMessage('The line could not be written: the file changed meanwhile. Run the command again.'); return; }
  const end = new vscode.Position(result.line, result.sentence.length);
  editor.selection = new vscode.Selection(end, end);
}

export function registerRoomCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('minutes.recordDeparture', () => recordMovement(client, 'left')),
    vscode.commands.registerCommand('minutes.recordArrival', () => recordMovement(client, 'joined')),
  ];
}
