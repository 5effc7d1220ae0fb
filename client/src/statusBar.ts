/** The status bar item for the active minutes file: its items and open actions; click to see the Actions view. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MeetingSummaryRequest } from '#protocol';
import { displayDate } from '#service/dates';

export function createStatusBar(client: LanguageClient, logChanged: vscode.Event<void>): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('minutes.summary', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Minutes: this meeting';
  item.command = 'minutes.actions.focus';
  const update = async (): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'minutes') { item.hide(); return; }
    try {
      const s = await client.sendRequest(MeetingSummaryRequest, { uri: editor.document.uri.toString() });
      if (!s) { item.hide(); return; }
      item.text = `$(list-ordered) ${s.items} item${s.items === 1 ? '' : 's'}  $(checklist) ${s.openActions} open${s.overdueActions > 0 ? `  $(warning) ${s.overdueActions} overdue` : ''}`;
      item.tooltip = `${s.items} items, ${s.actions} actions in this meeting: ${s.openActions} open${s.overdueActions ? `, ${s.overdueActions} overdue` : ''}.\n${s.approved ? `Minutes approved${s.approvedOn ? ` at the meeting of ${displayDate(s.approvedOn)}` : ''}.` : 'Minutes not yet approved by a later meeting.'}\nClick to show the Actions view.`;
      item.show();
    } catch {
      item.hide();
    }
  };
  void update();
  return [
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    logChanged(() => void update()),
  ];
}
