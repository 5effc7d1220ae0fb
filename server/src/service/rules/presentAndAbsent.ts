import { draftsOnly, defineRule } from './rule';

export const presentAndAbsent = draftsOnly(defineRule('present-and-absent', 'warning', 'A person listed both as present (or in attendance) and in Apologies.', (ctx, code) => {
  const people = ctx.meeting.people.flatMap((b) => b.people);
  const attending = people.filter((p) => p.block !== 'apologies');
  return people.filter((p) => p.block === 'apologies').flatMap((absent) => {
    const there = attending.find((p) => p.name.display.toLowerCase() === absent.name.display.toLowerCase());
    if (!there) return [];
    return [{
      code, range: absent.nameRange,
      message: `${absent.name.display} is listed in Apologies and also as ${there.block === 'present' ? 'present' : 'in attendance'} (line ${there.range.start.line + 1}). Remove them from one of the lists.`,
      fixes: [], related: [{ range: there.nameRange, message: `${there.name.display} listed here` }],
    }];
  });
}));
