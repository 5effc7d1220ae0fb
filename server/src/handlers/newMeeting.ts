/** New Meeting (from the latest one) and New Meeting from Agenda: the server writes the text, the client the file. */
import { displayDate, latestMeeting, minutesFromAgenda, newMeetingAfterLatest, parse, readMeetingDate, suggestedDate } from '../service/index';
import { MinutesFromAgendaRequest, NewMeetingDefaultsRequest, NewMeetingRequest } from '../protocol';
import type { ServerContext } from '../context';

export function registerNewMeeting(ctx: ServerContext): void {
  ctx.connection.onRequest(NewMeetingDefaultsRequest, () => {
    const model = ctx.index.model();
    const latest = latestMeeting(model);
    return { date: displayDate(suggestedDate(model), ctx.cache.currentSettings.dateOrder), title: latest?.title, after: latest?.uri };
  });

  ctx.connection.onRequest(NewMeetingRequest, (params) => {
    const order = ctx.cache.currentSettings.dateOrder;
    const date = readMeetingDate(params?.date ?? '', order);
    if ('error' in date) return date;
    return newMeetingAfterLatest(ctx.index.model(), date.iso, order);
  });

  ctx.connection.onRequest(MinutesFromAgendaRequest, (params) => {
    const s = ctx.cache.currentSettings;
    const doc = parse(params?.text ?? '', { numbering: s.numbering, dateOrder: s.dateOrder });
    const agenda = doc.agendas[0];
    if (!agenda || agenda.items.length === 0) {
      return { error: 'This file holds no agenda. An agenda is a list of numbered lines, each with a time, a title and a presenter, such as "4.  10:30  Budget 2024/25  To be presented by: Jane Heppel".' };
    }
    return minutesFromAgenda(agenda, ctx.index.model(), params.uri, s.dateOrder, s.numbering === 'per-meeting');
  });
}
