/** Quick fixes of the diagnostics, and the refactorings: renumber all items, mark an action done. */
import type { CodeAction } from 'vscode-languageserver/node';
import { firstNumberOf, fixesAt, markDone, renumberAll, splitLines, toDiagnostics } from '#service';
import { toCodeAction, toLspDiagnostic, toRefactoringAction } from '../convert';
import type { ServerContext } from '../context';
import { findingsOf } from './diagnostics';
import { checkCancelled } from '../slices';

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(async (params, token) => {
    // the editor asks at every move of the cursor and cancels the question it no longer needs
    checkCancelled(token);
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc) return null;
    const settings = ctx.cache.currentSettings;
    const fixes: CodeAction[] = fixesAt(findingsOf(ctx, doc), params.range, settings).map((fix) => {
      const [d] = toDiagnostics([fix.finding], settings);
      return toCodeAction(fix, doc.uri, toLspDiagnostic(d, doc.uri));
    });
    const parsed = ctx.analysis(doc).doc;
    const model = ctx.index.model();
    const onItemLine = parsed.meeting?.items.some((i) => i.headRange.start.line <= params.range.end.line && params.range.start.line <= i.headRange.end.line);
    checkCancelled(token);
    const renumber = onItemLine ? renumberAll(parsed, doc.uri, model, firstNumberOf(parsed, doc.uri, model, ctx.today())) : undefined;
    // the status lines of this file, and the latest meeting's, where "mark done" may write
    const texts = new Map<string, string[]>();
    const touches = (r: { start: { line: number }; end: { line: number } }) => r.start.line <= params.range.end.line && params.range.start.line <= r.end.line;
    const onAction = parsed.meeting?.statusUpdates.some((u) => touches(u.range)) || parsed.meeting?.items.some((i) => i.actions.some((a) => touches(a.range)));
    for (const uri of onAction ? new Set([doc.uri, model.meetings[model.meetings.length - 1]?.uri].filter((u): u is string => !!u)) : []) {
      const text = await ctx.textOf(uri);
      if (text !== undefined) texts.set(uri, splitLines(text));
    }
    checkCancelled(token);
    const done = markDone(parsed, doc.uri, model, params.range, (uri, line) => texts.get(uri)?.[line]);
    return [...fixes, ...done.map(toRefactoringAction), ...(renumber ? [toRefactoringAction(renumber)] : [])];
  });
}
