/**
 * Enter on an empty bullet ends the list, as in Markdown editors: when Enter is typed at the end
 * of a line holding only `-` (or `•`), that bullet goes and the cursor stays on the empty line.
 * Enter itself stays the editor's own (language-configuration.json continues a bullet that has
 * text): a key binding would make every Enter wait for the extension host and could reorder a
 * fast typist's keys. This only follows the Enter the editor has already made.
 */
import * as vscode from 'vscode';

/** A line that is a bullet with nothing after it yet. */
const EMPTY_BULLET = /^\s*[-•]\s*$/;

export function registerListEnter(): vscode.Disposable {
  return vscode.workspace.onDidChangeTextDocument((e) => {
    // typing only: not undo or redo, not another document
    if (e.document.languageId !== 'minutes' || e.reason !== undefined) return;
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document !== e.document || editor.selections.length !== 1) return;
    // the editor may trim the bullet's trailing blank as it breaks the line: a one-line range replaced by the line break
    const enter = e.contentChanges.find((c) => c.range.isSingleLine && /^\r?\n[ \t]*$/.test(c.text));
    if (!enter || e.contentChanges.some((c) => c !== enter && /\n/.test(c.text))) return;
    const line = enter.range.start.line;
    const text = e.document.lineAt(line).text;
    if (!EMPTY_BULLET.test(text) || enter.range.start.character < text.trimEnd().length) return;
    // the Enter was typed there: take the bullet line away (not checked against the editor's
    // selection, which may not have followed the keys yet when the machine is busy)
    void endList(e.document, line);
  });
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
    line = await pause(doc, line);
  }
}

/** How long the bullet is waited on: a clerk who types on for longer has moved on from it. */
const GIVE_UP_MS = 10_000;
/** A pause in the typing: no key for this long. */
const PAUSE_MS = 60;

/**
 * Resolves when `doc` has not changed for PAUSE_MS, with where the bullet's line now is: a line
 * broken or joined above it moves it (the edits below it, the clerk's next line, do not).
 */
function pause(doc: vscode.TextDocument, line: number): Promise<number> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, PAUSE_MS);
    const changes = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== doc) return;
      for (const c of e.contentChanges) {
        if (c.range.end.line < line) line += (c.text.match(/\n/g)?.length ?? 0) - (c.range.end.line - c.range.start.line);
      }
      clearTimeout(timer);
      timer = setTimeout(done, PAUSE_MS);
    });
    function done(): void {
      changes.dispose();
      resolve(line);
    }
  });
}
