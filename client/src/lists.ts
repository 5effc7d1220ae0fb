/**
 * Bullets on Enter, as in Markdown editors. Enter itself stays the editor's own: a key binding
 * would make every Enter wait for the extension host and could reorder a fast typist's keys. This
 * only follows the Enter the editor has already made:
 *
 *  - Enter typed at the end of a line holding only `-` (or `•`) ends the list: that bullet goes
 *    and the cursor stays on the empty line.
 *  - Enter after a bullet with words continues the list (language-configuration.json's Enter
 *    rules). The editor applies those rules only to a line it has already coloured, so a clerk
 *    typing fast on a busy machine gets a bare new line; the bullet is then added here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** A line that is a bullet with nothing after it yet. */
const EMPTY_BULLET = /^\s*[-•]\s*$/;

/** One of the editor's Enter rules that continues a list: the line it follows, and the bullet it writes. */
interface Continuation {
  readonly before: RegExp;
  readonly bullet: string;
}

/** The list-continuing Enter rules, read from the extension's language-configuration.json, where the editor reads them. */
function continuations(extensionPath: string): Continuation[] {
  try {
    const config = JSON.parse(fs.readFileSync(path.join(extensionPath, 'language-configuration.json'), 'utf8')) as {
      onEnterRules?: { beforeText?: string; action?: { appendText?: string } }[];
    };
    return (config.onEnterRules ?? []).flatMap((r) => (r.beforeText && r.action?.appendText ? [{ before: new RegExp(r.beforeText), bullet: r.action.appendText }] : []));
  } catch {
    // no rules read: the editor's own Enter still continues lists whenever it can
    return [];
  }
}

export function registerListEnter(extensionPath: string): vscode.Disposable {
  const rules = continuations(extensionPath);
  return vscode.workspace.onDidChangeTextDocument((e) => {
    // typing only: not undo or redo, not another document
    if (e.document.languageId !== 'minutes' || e.reason !== undefined) return;
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document !== e.document || editor.selections.length !== 1) return;
    // a bare line break, with the indentation the editor carries over; the editor may trim the
    // bullet's trailing blank as it breaks the line: a one-line range replaced by the line break
    const enter = e.contentChanges.find((c) => c.range.isSingleLine && /^\r?\n[ \t]*$/.test(c.text));
    if (!enter || e.contentChanges.some((c) => c !== enter && /\n/.test(c.text))) return;
    const line = enter.range.start.line;
    const text = e.document.lineAt(line).text;
    if (EMPTY_BULLET.test(text)) {
      // the Enter was typed there: take the bullet line away (not checked against the editor's
      // selection, which may not have followed the keys yet when the machine is busy)
      if (enter.range.start.character >= text.trimEnd().length) void endList(e.document, line);
      return;
    }
    const rule = rules.find((r) => r.before.test(text));
    if (rule && followsEnterRules(e.document)) void continueList(editor, line + 1, enter.text.replace(/^\r?\n/, '').length, rule.bullet);
  });
}

/** Whether the editor applies the language's Enter rules at all ("advanced" or "full" indentation): a clerk who turned them off gets no bullets from here either. */
function followsEnterRules(doc: vscode.TextDocument): boolean {
  const autoIndent = vscode.workspace.getConfiguration('editor', doc).get<string>('autoIndent', 'full');
  return autoIndent === 'advanced' || autoIndent === 'full';
}

/**
 * Takes the empty bullet line away. An edit is refused when the document has moved on since
 * (a clerk types the next line at once, and every key moves it on): then it is tried again when
 * the typing pauses, on the text as it now is, as long as that line still holds only the bullet.
 * A count of attempts would give up while a fast typist is still typing and leave the `-` behind.
 */
async function endList(doc: vscode.TextDocument, line: number): Promise<void> {
  const until = Date.now() + GIVE_UP_MS;
  while (Date.now() < until) {
    if (doc.isClosed || line + 1 >= doc.lineCount || !EMPTY_BULLET.test(doc.lineAt(line).text)) return;
    const edit = new vscode.WorkspaceEdit();
    edit.delete(doc.uri, new vscode.Range(line, 0, line + 1, 0));
    // refused (false, or an error where the document moved on in the meantime): the next pause
    if (await vscode.workspace.applyEdit(edit).then((done) => done, () => false)) return;
    const next = await pause(doc, line);
    if (next === undefined) return;
    line = next;
  }
}

/**
 * Writes the bullet the editor left out at the start of the new line (after its indentation),
 * before anything the clerk has typed there since: the line then reads as it would have had the
 * editor continued the list. Given up when the clerk has typed the bullet themselves, or broken
 * a line since (a second Enter ends the list, as Enter on the bullet would have).
 */
async function continueList(editor: vscode.TextEditor, line: number, indent: number, bullet: string): Promise<void> {
  const doc = editor.document;
  const until = Date.now() + GIVE_UP_MS;
  while (Date.now() < until) {
    if (doc.isClosed || line >= doc.lineCount) return;
    const text = doc.lineAt(line).text;
    if (text.slice(indent).startsWith(bullet.trimEnd()) || !/^[ \t]*$/.test(text.slice(0, indent))) return;
    const at = new vscode.Position(line, indent);
    // the editor's own edit, refused when the document has moved on since it was read
    const done = await editor.edit((b) => b.insert(at, bullet), { undoStopBefore: false, undoStopAfter: false }).then((ok) => ok, () => false);
    if (done) {
      // a cursor where the bullet went in stays in front of it: put it after, where typing goes on
      const s = editor.selection;
      if (editor.document === doc && s.isEmpty && s.active.isEqual(at)) editor.selection = new vscode.Selection(at.translate(0, bullet.length), at.translate(0, bullet.length));
      return;
    }
    const next = await pause(doc, line, true);
    if (next === undefined) return;
    line = next;
  }
}

/** How long the bullet is waited on: a clerk who types on for longer has moved on from it. */
const GIVE_UP_MS = 10_000;
/** A pause in the typing: no key for this long. */
const PAUSE_MS = 60;

/**
 * Resolves when `doc` has not changed for PAUSE_MS, with where the bullet's line now is: a line
 * broken or joined above it moves it (the edits below it, the clerk's next line, do not). With
 * `onLine`, a line broken or joined on that line or below it resolves at once to undefined: the
 * clerk has gone past it.
 */
function pause(doc: vscode.TextDocument, line: number, onLine = false): Promise<number | undefined> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, PAUSE_MS);
    const changes = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== doc) return;
      for (const c of e.contentChanges) {
        const breaks = c.text.match(/\n/g)?.length ?? 0;
        if (c.range.end.line < line) line += breaks - (c.range.end.line - c.range.start.line);
        else if (onLine && (breaks > 0 || !c.range.isSingleLine)) return finish(undefined);
      }
      clearTimeout(timer);
      timer = setTimeout(done, PAUSE_MS);
    });
    function finish(at: number | undefined): void {
      clearTimeout(timer);
      changes.dispose();
      resolve(at);
    }
    function done(): void {
      finish(line);
    }
  });
}
