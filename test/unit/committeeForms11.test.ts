/**
 * An NHS committee's list in the eleventh held-out set (forms/qualifiers.ts): an office named by its body
 * (`Head of Charity`, `Clerk to the Council`) is a role, though it ends as a body's name does.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { looksLikeBody } from '#service/forms/qualifiers';

test('an office of a body, named by it, is a role; the body alone, or after a comma, is a body', () => {
  for (const role of ['Head of Charity', 'Clerk to the Council', 'Director of the Trust', 'Deputy Head of Academy']) assert.equal(looksLikeBody(role), false, role);
  for (const body of ['West Midlands Police', 'Friends of Oak Park Trust', 'Head of Delivery, OPCC', 'Bramley Parish Council']) assert.equal(looksLikeBody(body), true, body);
  const text = ['CHARITABLE FUNDS COMMITTEE', 'Minutes of the meeting held on Thursday 8 October 2026', '', 'In Attendance:', 'Gareth Lyle\t\t\tHead of Charity', 'Sian Roberts\t\t\tBoard Secretary', '', 'CFC26/031\tWELCOME', 'The Chair welcomed members.'].join('\n');
  const [block] = parse(text).meeting!.people;
  assert.deepEqual(block.people.map((p) => [p.written, p.role, p.organisation]), [['Gareth Lyle', 'Head of Charity', undefined], ['Sian Roberts', 'Board Secretary', undefined]]);
});
