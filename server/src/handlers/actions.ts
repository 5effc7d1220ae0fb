/**
 * The action log, decisions register and meeting summary (custom requests of protocol.ts), and
 * the notification that tells the client to ask again after a change.
 */
import { filterActions, formatActions, formatActionGroups, formatDecisions, isOpenStatus, logsShown, sameLogsShown, type LogsShown } from '#service';
import { ActionsChangedNotification, ActionsRequest, ActionTableRequest, toActionTable, DecisionsRequest, ExportRequest, MeetingSummaryRequest, type ActionRow, type ActionTable, type MeetingSummary } from '#protocol';
import { JsonMemo, rawJson } from '../rawJson';
import type { ServerContext } from '../context';
import { checkCancelled } from '../slices';

export const CHANGE_PAUSE_MS = 150;

export function registerActions(ctx: ServerContext): void {
  ctx.connection.onRequest(ActionsRequest, (params) => filterActions(ctx.index.model().actions, params ?? {}));
  // the rows of the table are kept while their actions are unchanged: so is each row's JSON text
  const rowJson = new JsonMemo<ActionRow>();
  ctx.connection.onRequest(ActionTableRequest, (params, token) => {
    checkCancelled(token);
    const table = toActionTable(filterActions(ctx.index.model().actions, params ?? {}));
    const rows = table.rows.map((row) => rowJson.get(row, '', () => JSON.stringify(row)));
    return rawJson<ActionTable>(`{"meetings":${JSON.stringify(table.meetings)},"rows":[${rows.join(',')}]}`);
  });

  ctx.connection.onRequest(DecisionsRequest, () => [...ctx.index.model().decisions]);

  ctx.connection.onRequest(ExportRequest, (params, token) => {
    checkCancelled(token);
    const model = ctx.index.model();
    const format = params?.format === 'csv' ? 'csv' : 'md';
    // anything but an explicit `full` is the public version: withholding fails safe
    const version = params?.version === 'full' ? 'full' : 'public';
    if (params?.what === 'decisions') return { text: formatDecisions(model.decisions, format, version) };
    // what the Actions view shows, grouped as it groups them (an action the log no longer has is left out)
    if (params?.groups) {
      const byPlace = new Map(model.actions.map((a) => [`${a.uri}\n${a.ref}`, a]));
      const groups = params.groups.map((g) => ({ title: g.title, actions: g.actions.flatMap((x) => byPlace.get(`${x.uri}\n${x.ref}`) ?? []) }));
      return { text: formatActionGroups(groups, params.groupedBy ?? 'Group', format, version) };
    }
    return { text: formatActions(filterActions(model.actions, params ?? {}), format, version) };
  });

  ctx.connection.onRequest(MeetingSummaryRequest, (params): MeetingSummary | null => {
    const model = ctx.index.model();
    const record = params?.uri ? model.byUri.get(params.uri) : undefined;
    if (!record) return null;
    const actions = model.actions.filter((a) => a.uri === record.uri);
    return {
      items: record.meeting.items.length,
      actions: actions.length,
      openActions: actions.filter((a) => isOpenStatus(a.status)).length,
      overdueActions: actions.filter((a) => a.overdue).length,
      date: record.date,
      approved: record.approvedBy !== undefined,
      approvedOn: record.approvedBy?.date,
    };
  });

  // the client is told only when what its views show changed (logsShown.ts): not on a keystroke in a discussion
  let timer: NodeJS.Timeout | undefined;
  let shown: LogsShown | undefined;
  ctx.index.onDidChange(() => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const now = logsShown(ctx.index.model());
      if (shown && sameLogsShown(shown, now)) return;
      shown = now;
      void ctx.connection.sendNotification(ActionsChangedNotification, {});
    }, CHANGE_PAUSE_MS);
  });
}
