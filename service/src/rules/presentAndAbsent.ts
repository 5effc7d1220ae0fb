import { draftsOnly, defineRule } from './rule';
import { BLOCK_LABELS } from '../markup';

export const presentAndAbsent = draftsOnly(defineRule('present-and-absent', 'warning', 'A person listed both as present (or in attendance) and in Apologies.', (ctx, code) => {
  // no one away, nothing to find: a Present block of 100,000 is not copied and looked up on every keystroke
  if (!ctx.meeting.people.some((b) => b.kind === 'apologies' || b.kind === 'absent')) return [];
  const people = ctx.meeting.people.flatMap((b) => b.people);
  // the first attendance of each name, looked up: a list of 20,000 apologies is not read against every present name
  const attending = new Map<string, (typeof people)[number]>();
  for (const p of people) {
    const key = p.name.display.toLowerCase();
    // Absent (a roll call's members not there) is not attending, like Apologies
    if (p.block !== 'apologies' && p.block !== 'absent' && !attending.has(key)) attending.set(key, p);
  }
  return people.filter((p) => p.block === 'apologies' || p.block === 'absent').flatMap((absent) => {
    const there = attending.get(absent.name.display.toLowerCase());
    if (!there) return [];
    return [{
      code, range: absent.nameRange,
      message: `${absent.name.display} is listed in ${BLOCK_LABELS[absent.block]} and also as ${there.block === 'present' ? 'present' : 'in attendance'} (line ${there.range.start.line + 1}). Remove them from one of the lists.`,
      fixes: [], related: [{ range: there.nameRange, message: `${there.name.display} listed here` }],
    }];
  });
}));
