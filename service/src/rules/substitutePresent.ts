/**
 * A substitute listed for a member who is listed present too: a substitute takes the seat of a
 * member who is away, and two votes for one seat would make every vote of the meeting wrong. The
 * lists are the clerk's to correct (which one was there), so no fix.
 */
import { draftsOnly, defineRule, type Finding } from './rule';
import { keyOf } from '../proceedings/room';
import { readSubstitution } from '../forms/qualifiers';
import { nameAsListed } from '../people';

export const substitutePresent = draftsOnly(defineRule('substitute-present', 'warning', 'A substitute listed for a member who is listed present too.', (ctx, code) => {
  const m = ctx.meeting;
  const bodies = ctx.settings.bodies;
  const present = m.people.filter((b) => b.kind === 'present').flatMap((b) => b.people);
  if (present.length === 0) return [];
  // the person a name resolves to is one of the lists' (a 160,000-name list resolves nothing here unless it has a substitute)
  const here = new Set<unknown>(present);
  const out: Finding[] = [];
  for (const p of present) {
    // our markup writes `(substitute for Cllr Keswick)` as a role; published lists as a qualifier
    const q = p.qualifiers?.find((x) => x.kind === 'substitute') ?? (p.role ? readSubstitution(p.role) : undefined);
    if (!q?.value) continue;
    const seat = keyOf(m, q.value, bodies);
    if (!seat.person || !here.has(seat.person) || seat.person === p) continue;
    const name = nameAsListed(p);
    out.push({
      code, range: p.range, fixes: [],
      related: [{ range: seat.person.range, message: `${q.value}, listed present` }],
      message: `${name} is listed as substitute for ${q.value}, who is listed present too: a substitute sits only for a member who is away. Take ${q.value} out of Present: (into Apologies:), or take out the substitution.`,
    });
  }
  return out;
}));
