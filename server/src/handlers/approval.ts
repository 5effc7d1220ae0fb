/** Record Approval: defaults read from the folder, and the edit that records the approval with its fingerprint. */
import { displayDate, numberLabel, recordApproval } from '#service';
import { ApprovalDefaultsRequest, RecordApprovalRequest, type ApprovalDefaults } from '#protocol';
import type { ServerContext } from '../context';

export function registerApproval(ctx: ServerContext): void {
  const NOT_OPEN = { error: 'Open the minutes of the meeting that was approved in the editor first.' };

  ctx.connection.onRequest(ApprovalDefaultsRequest, (params): ApprovalDefaults | { error: string } => {
    const doc = params?.uri ? ctx.documents.get(params.uri) : undefined;
    if (!doc) return NOT_OPEN;
    const a = ctx.analysis(doc);
    const model = ctx.index.model();
    const by = model.byUri.get(a.uri)?.approvedBy;
    const approving = by ? model.byUri.get(by.uri) : undefined;
    // the minute of the approving meeting whose lines hold the approval sentence
    const item = approving?.meeting.items.find((it) => it.range.start.line <= by!.range.start.line && by!.range.start.line <= it.range.end.line);
    return {
      ...(by?.date ? { date: displayDate(by.date, ctx.cache.currentSettings.dateOrder) } : {}),
      ...(item?.number ? { minute: numberLabel(item.number) } : {}),
      ...(approving?.meeting.chair ? { signedBy: approving.meeting.chair.value.trim() } : {}),
      ...(a.doc.meeting?.status ? { status: a.doc.meeting.status.value } : {}),
    };
  });

  ctx.connection.onRequest(RecordApprovalRequest, (params) => {
    const doc = params?.uri ? ctx.documents.get(params.uri) : undefined;
    if (!doc) return NOT_OPEN;
    const a = ctx.analysis(doc);
    return recordApproval(a.doc, a.lines, { date: String(params.date ?? ''), minute: String(params.minute ?? ''), signedBy: String(params.signedBy ?? '') }, ctx.cache.currentSettings.dateOrder);
  });
}
