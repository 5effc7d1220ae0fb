/**
 * nameOfUntitled (people.ts) splits a name whose words one space parts at its spaces, and writes its display as the text
 * itself; every other spacing (tabs, no-break spaces, runs, blanks around) still gives the runs of what is not blank.
 * forItemHeading, isObserversLabel and looksLikeBody's places are asked first on a letter: each still reads its forms.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { nameOfUntitled } from '#service/people';
import { forItemHeading, isObserversLabel, observersHeading } from '#service/forms/headings';
import { looksLikeBody } from '#service/forms/qualifiers';

test('a name reads the same words and display whatever blanks part them', () => {
  for (const spaced of ['Jane Roe', 'Jane\tRoe', 'Jane  Roe', ' Jane Roe', 'Jane Roe ', 'Jane\u00a0Roe', 'Jane \u2003Roe', 'Jane Roe.', 'Jane Roe .']) {
    const n = nameOfUntitled(spaced);
    assert.deepEqual(n?.words, ['Jane', 'Roe'], JSON.stringify(spaced));
    assert.equal(n?.display, 'Jane Roe', JSON.stringify(spaced));
    assert.equal(n?.initials, 'JR');
  }
  assert.equal(nameOfUntitled('JANE ROE')?.display, 'Jane Roe');
  assert.equal(nameOfUntitled('Anjali Mehta OBE')?.display, 'Anjali Mehta');
  assert.equal(nameOfUntitled('Ahmed')?.display, 'Ahmed');
  assert.equal(nameOfUntitled(''), undefined);
  assert.equal(nameOfUntitled(' '), undefined);
  assert.equal(nameOfUntitled('.'), undefined);
});

test('the labels and places asked first on a letter still read as before', () => {
  assert.deepEqual(forItemHeading('  For item ARC/26/19:'), { start: 2, end: 20 });
  assert.deepEqual(forItemHeading('\tfor items 4'), { start: 1, end: 12 });
  assert.equal(forItemHeading('Present:'), undefined);
  assert.deepEqual(observersHeading(' OBSERVERS'), { start: 1, end: 9 });
  assert.equal(isObserversLabel('\tObserving:'), true);
  assert.equal(isObserversLabel('Present'), false);
  for (const body of ['Age UK', 'Public Health Wales', 'Patient Voice Isle of Man', 'Citizens Advice Jersey', 'Health Board Cymru']) assert.equal(looksLikeBody(body), true, body);
  for (const role of ['North Wales', 'Chief Nurse Wales', 'Head of Operations Scotland', 'Chair']) assert.equal(looksLikeBody(role), false, role);
});
