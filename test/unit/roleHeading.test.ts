/**
 * matchRoleHeading (forms/headings.ts) declines a line at its first letters before the heading's pattern is tried: it must read
 * every line as matchBlockHeading(line, true) reads a role's heading, and decline every other line.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { matchBlockHeading, matchRoleHeading } from '#service/forms/headings';

const LINES = [
  'Chair', 'Chair:', '  Chairman :', '## Chairperson', '**Chaired by**', '__In the Chair:__', 'Vice-Chair', 'vice chair:', 'MAYOR',
  'Facilitator', 'Moderator:', 'Note-taker', 'Notetaker:', 'Scribe', 'Clerk:', 'Minutes', 'Minute taker:', 'Minutes taken by:',
  '\u00a0Chair:', '\t**Scribe:**', '# Clerk', '#Clerk', 'Present:', 'Apologies', 'In attendance:', 'Jane Roe :', 'Jane Roe : Chair',
  'Chair: Mei-Ling Zhou', 'Chairs', 'Clerks:', 'Minutes of the meeting', 'Mike Chair:', 'Cha', '', '   ', '**', 'Observers:', 'Scribes',
  'İn the chair', 'Chair (AR):', 'Mayor: Cllr A Roe', 'Vice Chair', 'Note taker', 'note-taker:',
];

test('matchRoleHeading reads each line as matchBlockHeading reads a role\'s heading, and declines any other', () => {
  for (const line of LINES) {
    const h = matchBlockHeading(line, true);
    assert.deepEqual(matchRoleHeading(line), h?.role !== undefined ? h : undefined, line);
  }
  assert.equal(matchRoleHeading('  Chair:')?.role, 'Chair');
  assert.equal(matchRoleHeading('Jane Roe :'), undefined);
});
