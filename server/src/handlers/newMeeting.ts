/** New Meeting (from the latest one) and New Meeting from Agenda: the server writes the text, the client the file. */
import { displayDate, latestMeeting, minutesFromAgenda, newMeetingAfterLatest, parse, parseOptionsOf, readMeetingDate, suggestedDate } from '#service';
import { MinutesFromAgendaRequest, NewMeetingDefaultsRequest, NewMeetingRequest } from '#protocol';
import type { ServerContext } from '../context';
import type { Agenda } from '#service';

/**
 * The agenda of the meeting on `iso`, open or in the folder. The index keeps no agenda's items
 * (indexView), so an agenda file not open is read again: there are few.
 */
async function agendaFor(ctx: ServerContext, iso: string): Promise<Agenda | undefined> {
  const s = ctx.cache.currentSettings;
  for (const [uri, doc] of ctx.index.entries()) {
    if (doc.kind !== 'agenda' && doc.agendas.length === 0) continue;
    const agendas = doc.agendas.length ? doc.agendas : parse(await ctx.textOf(uri) ?? '', parseOptionsOf(s)).agendas;
    const found = agendas.find((a) => a.date?.iso === iso && a.items.length > 0);
    if (found) return found;
  }
  return undefined;
}

export function registerNewMeeting(ctx: ServerContext): void {
  ctx.connection.onRequest(NewMeetingDefaultsRequest, () => {
    const model = ctx.index.model();
    const latest = latestMeeting(model);
    return { date: displayDate(suggestedDate(model), ctx.cache.currentSettings.dateOrder), title: latest?.title, after: latest?.uri };
  });

  ctx.connection.onRequest(NewMeetingRequest, async (params) => {
    const order = ctx.cache.currentSettings.dateOrder;
    const date = readMeetingDate(params?.date ?? '', order);
    if ('error' in date) return date;
    return newMeetingAfterLatest(ctx.index.model(), date.iso, order, await agendaFor(ctx, date.iso));
  });

  ctx.connection.onRequest(MinutesFromAgendaRequest, (params) => {
    const s = ctx.cache.currentSettings;
    const doc = parse(params?.text ?? '', parseOptionsOf(s));
    const agenda = doc.agendas[0];
    if (!agenda || agenda.items.length === 0) {
      return { error: 'This file holds no agenda. An agenda is a list of numbered lines, each with a time, a title and a presenter, such as "4.  10:30  Budget 2024/25  To be presented by: Jane Heppel".' };
    }
    return minutesFromAgenda(agenda, ctx.index.model(), params.uri, s.dateOrder, s.numbering === 'per-meeting');
  });
}
