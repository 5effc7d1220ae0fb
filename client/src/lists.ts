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
    // (the line the break made holds nothing: Enter typed just after the `-` of `- foo` breaks a line, ends no list)
    const rest = line + 1 < e.document.lineCount ? e.document.lineAt(line + 1).text : '';
    if (EMPTY_BULLET.test(text)) {
      // the Enter was typed there: take the bullet line away (not checked against the editor's
      // selection, which may not have followed the keys yet when the machine is busy)
      if (enter.range.start.character >= text.trimEnd().length && rest.trim() === '') void endList(e.document, new LineWatch(e.document, line));
      return;
    }
    // (an Enter typed with no selection inserts; a replacement of words by a line break, as Replace does, is no Enter)
    const rule = enter.range.isEmpty ? rules.find((r) => r.before.test(text)) : undefined;
    if (rule && followsEnterRules(e.document)) void continueList(editor, new LineWatch(e.document, line + 1), enter.text.replace(/^\r?\n/, '').length, rule.bullet);
  });
}

/** Whether the editor applies the language's Enter rules at all ("advanced" or "full" indentation): a clerk who turned them off gets no bullets from here either. */
function followsEnterRules(doc: vscode.TextDocument): boolean {
  const autoIndent = vscode.workspace.getConfiguration('editor', doc).get<string>('autoIndent', 'full');
  return autoIndent === 'advanced' || autoIndent === 'full';
}

/**
 * One line of a document followed through the changes made after the Enter that set it, from the
 * moment the Enter is seen (so that no key typed while an edit of ours is on its way is missed):
 * where the line now is (a line broken or joined above it moves it), whether a line was broken or
 * joined on it or below it since (the clerk has gone past it), and when the document last changed.
 */
class LineWatch {
  line: number;
  /** A line broken or joined on the line or below it since: the clerk has gone past it. */
  passed = false;
  /** A line broken or joined on the line itself since, or one joined across it. */
  touched = false;
  changedAt = Date.now();
  private readonly subscription: vscode.Disposable;
  constructor(readonly doc: vscode.TextDocument, line: number) {
    this.line = line;
    // (made while the Enter's own change is told: that change, should it reach this listener too, is not one since)
    const version = doc.version;
    this.subscription = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== doc || e.document.version <= version) return;
      this.changedAt = Date.now();
      for (const c of e.contentChanges) {
        const breaks = c.text.match(/\n/g)?.length ?? 0;
        if (c.range.end.line < this.line) this.line += breaks - (c.range.end.line - c.range.start.line);
        else if (breaks > 0 || !c.range.isSingleLine) {
          this.passed = true;
          if (c.range.start.line <= this.line) this.touched = true;
        }
      }
    });
  }
  /** Resolves when the document has not changed for PAUSE_MS (a pause in the typing), or at once when closed. */
  async pause(): Promise<void> {
    while (!this.doc.isClosed && Date.now() - this.changedAt < PAUSE_MS) await new Promise((r) => setTimeout(r, PAUSE_MS - (Date.now() - this.changedAt)));
  }
  dispose(): void {
    this.subscription.dispose();
  }
}

/**
 * Takes the empty bullet line away. An edit is refused when the document has moved on since
 * (a clerk types the next line at once, and every key moves it on): then it is tried again when
 * the typing pauses, on the text as it now is, as long as that line still holds only the bullet.
 * A count of attempts would give up while a fast typist is still typing and leave the `-` behind.
 */
async function endList(doc: vscode.TextDocument, watch: LineWatch): Promise<void> {
  const until = Date.now() + GIVE_UP_MS;
  try {
    while (Date.now() < until) {
      const line = watch.line;
      // (a line broken or joined across the bullet's own, an undo of the Enter: no longer the line the Enter left)
      if (doc.isClosed || watch.touched || line + 1 >= doc.lineCount || !EMPTY_BULLET.test(doc.lineAt(line).text)) return;
      const edit = new vscode.WorkspaceEdit();
      edit.delete(doc.uri, new vscode.Range(line, 0, line + 1, 0));
      // refused (false, or an error where the document moved on in the meantime): the next pause
      if (await vscode.workspace.applyEdit(edit).then((done) => done, () => false)) return;
      await watch.pause();
    }
  } finally {
    watch.dispose();
  }
}

/**
 * Writes the bullet the editor left out at the start of the new line (after its indentation),
 * before anything the clerk has typed there since: the line then reads as it would have had the
 * editor continued the list. Given up when the clerk has typed the bullet themselves, or broken
 * or joined a line on it or below it since (a second Enter ends the list, as Enter on the bullet
 * would have; an undo takes the line back).
 */
async function continueList(editor: vscode.TextEditor, watch: LineWatch, indent: number, bullet: string): Promise<void> {
  const doc = editor.document;
  const until = Date.now() + GIVE_UP_MS;
  try {
    while (Date.now() < until && !watch.passed && !doc.isClosed) {
      const line = watch.line;
      if (line >= doc.lineCount) return;
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
      await watch.pause();
    }
  } finally {
    watch.dispose();
  }
}

/** How long the bullet is waited on: a clerk who types on for longer has moved on from it. */
const GIVE_UP_MS = 10_000;
/** A pause in the typing: no key for this long. */
const PAUSE_MS = 60;
