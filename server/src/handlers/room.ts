/**
 * `minutes/roomAt` and `minutes/recordMovement` (protocol.ts): the room at the cursor of an open
 * meeting (the status bar), and the line that records a departure or arrival there (both read the
 * open document's current version, so they follow the clerk's typing); `minutes/decisionsWithVotes`
 * (the Actions view's group), from the workspace model.
 */
import { movementEdit, roomAtLine, votedDecisions } from '#service';
import { clockTime } from '#service/dates';
import { DecisionsWithVotesRequest, RecordMovementRequest, RoomAtRequest, type RecordMovementResult, type RoomAtResult } from '#protocol';
import type { ServerContext } from '../context';

export function registerRoom(ctx: ServerContext): void {
  ctx.connection.onRequest(RoomAtRequest, (params): RoomAtResult | null => {
    const doc = params?.uri ? ctx.documents.get(params.uri) : undefined;
    if (!doc || typeof params.position?.line !== 'number') return null;
    return roomAtLine(ctx.analysis(doc).doc.meeting, params.position.line, ctx.cache.currentSettings) ?? null;
  });

  ctx.connection.onRequest(RecordMovementRequest, (params): RecordMovementResult => {
    const doc = params?.uri ? ctx.documents.get(params.uri) : undefined;
    if (!doc) return { error: 'Open the minutes of the meeting first: the line is written where the cursor is.' };
    if (typeof params.position?.line !== 'number' || typeof params.name !== 'string') return { error: 'Say who came or went, and where the cursor is.' };
    const a = ctx.analysis(doc);
    const change = params.change === 'joined' ? 'joined' : 'left';
    const e = movementEdit(a.doc, a.lines, params.position.line, params.name, change, typeof params.time === 'string' ? params.time : clockTime(ctx.today()));
    return 'error' in e ? e : { edits: [{ range: e.range, newText: e.newText }], line: e.line, sentence: e.sentence };
  });

  ctx.connection.onRequest(DecisionsWithVotesRequest, () => votedDecisions(ctx.index.model().meetings));
}
