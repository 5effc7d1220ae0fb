/**
 * A member who declared an interest that required them to leave (or take no part in) an item, and
 * is recorded moving, seconding or voting on it. The kinds that require leaving are a setting
 * (`minutes.interests.mustLeave`); a dispensation written in the declaration lets the member stay.
 */
import { draftsOnly, defineRule, type Finding } from './rule';
import { interestBars, interestsByItem, keyOf } from '../proceedings/room';
import { participants } from '../proceedings/vote';
import { MUST_LEAVE } from '../settings';

export const interestParticipation = draftsOnly(defineRule('interest-participation', 'warning', 'A member who declared an interest requiring them to leave an item, recorded moving, seconding or voting on it.', (ctx, code) => {
  const m = ctx.meeting;
  const declared = interestsByItem(m);
  if (declared.length === 0) return [];
  const mustLeave = ctx.settings.interests?.mustLeave ?? MUST_LEAVE;
  const out: Finding[] = [];
  for (const { interest, index } of declared) {
    const item = m.items[index];
    if (!item?.motions || !interestBars(interest, mustLeave)) continue;
    const key = keyOf(m, interest.member.text, ctx.settings.bodies).key;
    for (const motion of item.motions) {
      for (const { who, did } of participants(motion)) {
        if (keyOf(m, who.text, ctx.settings.bodies).key !== key) continue;
        const kind = interest.kind ? `a ${interest.kind.value} interest` : 'an interest';
        const then = interest.action?.value === 'left' ? 'and left the room' : interest.action?.value === 'noPart' ? 'and took no part' : 'which requires them to leave the room';
        out.push({
          code, range: who.range, fixes: [],
          related: [{ range: interest.range, message: 'The declaration' }],
          message: `${who.text} declared ${kind} in this item ${then}, but is recorded as having ${did}. Check the record; if a dispensation was granted, write it in the declaration (\`…, dispensation\`).`,
        });
      }
    }
  }
  return out;
}));
