import { draftsOnly, defineRule } from './rule';

export const quorum = draftsOnly(defineRule('quorum', 'warning', 'Fewer people listed as present than the quorum (minutes.quorum).', (ctx, code) => {
  const q = ctx.settings.quorum;
  const present = ctx.meeting.people.filter((b) => b.kind === 'present');
  if (!q || present.length === 0) return [];
  const count = present.reduce((n, b) => n + b.people.length, 0);
  if (count >= q) return [];
  return [{ code, range: present[0].labelRange, fixes: [], message: `Only ${count} ${count === 1 ? 'person is' : 'people are'} listed as present, fewer than the quorum of ${q}. Check the list, or record that the meeting was not quorate.` }];
}));
