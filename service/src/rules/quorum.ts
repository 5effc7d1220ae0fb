import { draftsOnly, defineRule } from './rule';
import { quorumOf, roomFor } from '../proceedings/room';

export const quorum = draftsOnly(defineRule('quorum', 'warning', 'Fewer people listed as present than the quorum (minutes.quorum).', (ctx, code) => {
  const present = ctx.meeting.people.filter((b) => b.kind === 'present');
  if (!ctx.settings.quorum || present.length === 0) return [];
  // a fraction (`0.5`) is of the membership: members present, sending apologies or absent
  const q = ctx.settings.quorum < 1 ? quorumOf(ctx.settings.quorum, roomFor(ctx.meeting, ctx.settings).membership) : ctx.settings.quorum;
  const count = present.reduce((n, b) => n + b.people.length, 0);
  if (count >= q) return [];
  return [{ code, range: present[0].labelRange, fixes: [], message: `Only ${count} ${count === 1 ? 'person is' : 'people are'} listed as present, fewer than the quorum of ${q}. Check the list, or record that the meeting was not quorate.` }];
}));
