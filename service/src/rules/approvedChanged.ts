import { defineRule } from './rule';
import { approvalState } from '../approval';

/**
 * Approved minutes whose text changed after the approval was recorded (approval.ts): the signed
 * record must not change. Said on the Status line, with each changed item pointed at; no fix is
 * offered, since the clerk decides whether to undo the edit or record a correction.
 */
export const approvedChanged = defineRule('approved-changed', 'warning', 'Approved minutes have changed since their approval was recorded (the fingerprint on the Status line no longer matches).', (ctx, code) => {
  const s = approvalState(ctx.doc, ctx.lines);
  if (s.kind === 'damaged') {
    return [{ code, range: s.range, fixes: [], message: 'The fingerprint on this Status line cannot be read, so nothing shows that these approved minutes are unchanged. Undo the change to the Status line, or record the approval again (Minutes: Record Approval) if the text is the one approved.' }];
  }
  if (s.kind !== 'changed') return [];
  return [{
    code, range: s.range, fixes: [],
    message: `These minutes were approved as a correct record and have changed since: ${s.changes.join('; ')}. Approved minutes are not edited: undo the change, and record any correction as a minute of the next meeting.`,
    related: s.places.map((p) => ({ range: p.range, message: `${p.what.charAt(0).toUpperCase()}${p.what.slice(1)} since the approval` })),
  }];
});
