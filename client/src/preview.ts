/**
 * Open Preview to the Side: the meeting as it will be published, beside the editor, updated as
 * the clerk types and scrolled with the editor; a click on an item reveals its line. The page is
 * the server's rendering (every character of the user's text escaped) under a strict Content
 * Security Policy: no script but ours, which carries a fresh nonce.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PUBLISHED_LANGUAGE, RenderRequest } from '#protocol';

const UPDATE_PAUSE_MS = 250;

/** Our only script: scroll to the item the editor shows, and tell the editor which item was clicked. */
const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (e) => {
  const el = e.target instanceof Element ? e.target.closest('[data-line]') : null;
  if (el) vscode.postMessage({ type: 'reveal', line: Number(el.getAttribute('data-line')) });
});
window.addEventListener('message', (e) => {
  const m = e.data;
  if (!m || m.type !== 'scroll') return;
  let best = null;
  for (const el of document.querySelectorAll('[data-line]')) { if (Number(el.getAttribute('data-line')) <= m.line) best = el; else break; }
  if (best) best.scrollIntoView({ block: 'start' }); else window.scrollTo(0, 0);
});
`;

class Preview {
  private timer: NodeJS.Timeout | undefined;
  private shown: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient, private readonly panel: vscode.WebviewPanel, private document: vscode.TextDocument) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === this.document) this.schedule(); }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document === this.document && e.visibleRanges[0]) void this.panel.webview.postMessage({ type: 'scroll', line: e.visibleRanges[0].start.line });
      }),
      this.panel.webview.onDidReceiveMessage((m: { type?: string; line?: number }) => { if (m.type === 'reveal' && typeof m.line === 'number') void this.reveal(m.line); }),
      this.panel.onDidDispose(() => this.dispose()),
    );
    void this.update();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_PAUSE_MS);
  }

  private async update(): Promise<void> {
    const r = await this.client.sendRequest(RenderRequest, { uri: this.document.uri.toString() }).catch((e: Error) => ({ error: `The preview could not be made: ${e.message}` }));
    const nonce = randomBytes(16).toString('base64');
    const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; img-src 'none'; connect-src 'none'; form-action 'none'`;
    const body = 'error' in r ? `<p>${r.error.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</p>` : r.html;
    // an unchanged page is not loaded again: the reader keeps their place, and a click is not lost
    if (body === this.shown) return;
    this.shown = body;
    this.panel.title = `Preview ${vscode.workspace.asRelativePath(this.document.uri)}`;
    // the language the exports declare (publish/language.ts): the preview is the same minutes
    this.panel.webview.html = `<!DOCTYPE html><html lang="${PUBLISHED_LANGUAGE}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><style>${'css' in r ? r.css : ''}</style></head><body class="preview">${body}<script nonce="${nonce}">${SCRIPT}</script></body></html>`;
  }

  private async reveal(line: number): Promise<void> {
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    const pos = new vscode.Position(line, 0);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.AtTop);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

export function registerPreview(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('minutes.openPreview', () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'minutes') {
        void vscode.window.showErrorMessage('Open a .minutes file first, then open its preview.');
        return;
      }
      // the page runs our one nonce'd script and nothing else; it reads no local file
      const panel = vscode.window.createWebviewPanel('minutes.preview', 'Preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
      new Preview(client, panel, editor.document);
    }),
  ];
}
