/** `minutes/exportRecord`: the workspace's record as open data or a calendar (protocol.ts); the client writes the files. */
import { buildCalendar, buildRecord, recordCsv } from '#service';
import { ExportRecordRequest, type ExportRecordResult } from '#protocol';
import type { ServerContext } from '../context';
import { checkCancelled } from '../slices';

export function registerRecord(ctx: ServerContext): void {
  ctx.connection.onRequest(ExportRecordRequest, async (params, token): Promise<ExportRecordResult> => {
    checkCancelled(token);
    // anything but an explicit `full` is the public version: withholding fails safe
    const version = params?.version === 'full' ? 'full' : 'public';
    const record = buildRecord(ctx.index.model(), version);
    const suffix = version === 'public' ? '.public' : '';
    if (params?.format === 'csv') return { files: recordCsv(record).map((t) => ({ name: t.name, text: t.text })) };
    if (params?.format === 'ics') {
      const owner = params.owner?.trim() || undefined;
      return { files: [{ name: `minutes-calendar${suffix}.ics`, text: await buildCalendar(record, ctx.today(), { owner, dateOrder: ctx.cache.currentSettings.dateOrder }) }] };
    }
    return { files: [{ name: `minutes-record${suffix}.json`, text: `${JSON.stringify(record, null, 2)}\n` }] };
  });
}
