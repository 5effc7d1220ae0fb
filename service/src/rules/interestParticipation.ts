/**
 * A member who declared an interest that required them to leave (or take no part in) an item, and
 * is recorded moving, seconding or voting on it, or speaking on it (presenting it, asking a question). The kinds that require leaving are a setting
 * (`minutes.interests.mustLeave`); a dispensation written in the declaration lets the member stay.
 */
import { draftsOnly, defineRule, type Finding } from './rule';
import { interestBars, interestsByItem, keyOf } from '../proceedings/room';
import { participants } from '../proceedings/vote';
import { MUST_LEAVE } from '../settings';

export const interestParticipation = draftsOnly(defineRule('interest-participation', 'warning', 'A member who declared an interest requiring them to leave an item, recorded moving, seconding, voting, presenting or asking a question on it.', (ctx, code) => {
  const m = ctx.meeting;
  const declared = interestsByItem(m);
  if (declared.length === 0) return [];
  const mustLeave = ctx.settings.interests?.mustLeave ?? MUST_LEAVE;
  const out: Finding[] = [];
  for (const { interest, index } of declared) {
    const item = m.items[index];
    if (!item || !interestBars(interest, mustLeave)) continue;
    const key = keyOf(m, interest.member.text, ctx.settings.bodies).key;
    // speaking counts as taking part: presenting the item, or asking a question on it
    const spoke = [
      ...item.presenters.flatMap((p) => p.names.map((who) => ({ who, did: 'presented the item' }))),
      ...item.questions.flatMap((q) => (q.asker ? [{ who: q.asker, did: 'asked a question on it' }] : [])),
    ];
    for (const took of [...(item.motions ?? []).map(participants), spoke]) {
      for (const { who, did } of took) {
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
