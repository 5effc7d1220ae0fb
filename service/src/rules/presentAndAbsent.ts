import { draftsOnly, defineRule } from './rule';
import { BLOCK_LABELS } from '../markup';
import type { Person } from '../model';
import type { QualifierKind } from '../forms/types';

/** What a list's note beside a name says of being there for part of the meeting only. */
const PART: ReadonlySet<QualifierKind> = new Set<QualifierKind>(['part', 'from', 'until', 'only', 'arrived', 'left']);
const forPart = (p: Person): boolean => p.qualifiers?.some((q) => PART.has(q.kind)) === true;

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
    // apologies for part of the meeting (`TW for late arrival`, `(left early)`), or from one there for part of it
    // (`(from item 4)`): both lists are right, the person came late or left early
    if (!there || forPart(absent) || forPart(there)) return [];
    return [{
      code, range: absent.nameRange,
      message: `${absent.name.display} is listed in ${BLOCK_LABELS[absent.block]} and also as ${there.block === 'present' ? 'present' : 'in attendance'} (line ${there.range.start.line + 1}). Remove them from one of the lists.`,
      fixes: [], related: [{ range: there.nameRange, message: `${there.name.display} listed here` }],
    }];
  });
}));
