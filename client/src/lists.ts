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
 * (a clerk types the next line at once): then it is tried again on the text as it now is, as long
 * as that line still holds only the bullet.
 */
async function endList(doc: vscode.TextDocument, line: number): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    if (doc.isClosed || line + 1 >= doc.lineCount || !EMPTY_BULLET.test(doc.lineAt(line).text)) return;
    const edit = new vscode.WorkspaceEdit();
    edit.delete(doc.uri, new vscode.Range(line, 0, line + 1, 0));
    if (await vscode.workspace.applyEdit(edit)) return;
  }
}
