/**
 * An arrival of someone who is not in the meeting's lists ("Cllr Dhaliwal joined the meeting at
 * 7.45pm" with no Cllr Dhaliwal under Present:). In our markup the arrival line is itself a record
 * of attendance (the clerk's live way of noting a latecomer, which unknown-person suggests), so this
 * is a hint, not a warning: the fix adds the name to the end of `Present:` for a record that lists
 * every member at the top.
 */
import { draftsOnly, defineRule, type Finding } from './rule';
import { resolveMention } from '../attendance';

export const arrivalNotListed = draftsOnly(defineRule('arrival-not-listed', 'hint', 'A member recorded joining the meeting who is not in its lists (Present:, In attendance:).', (ctx, code) => {
  const m = ctx.meeting;
  const present = m.people.find((b) => b.kind === 'present');
  if (!present || present.people.length === 0) return [];
  const out: Finding[] = [];
  for (const item of m.items) {
    for (const a of item.arrivals) {
      if (a.kind !== 'joined') continue;
      const r = resolveMention(a.name.text, m, ctx.settings.bodies);
      if (r.kind === 'person' || r.kind === 'body' || (r.kind === 'role' && r.person)) continue;
      const last = present.people[present.people.length - 1].range.end;
      out.push({
        code, range: a.name.range,
        fixes: [{ title: `Add ${a.name.text} to Present:`, edits: [{ range: { start: last, end: last }, newText: `\n${a.name.text}` }], preferred: true }],
        message: `${a.name.text} joined the meeting and is not in its lists at the top. To list every member there, add them to Present: (members) or In attendance: (officers and guests).`,
      });
    }
  }
  return out;
}));
