import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findDates, formatDate } from '#service';

const iso = (text: string, order: 'dmy' | 'mdy' = 'dmy') => findDates(text, order).map((d) => (d.problem ? `! ${d.problem}` : `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`));

test('the date forms of the markup and of published minutes', () => {
  assert.deepEqual(iso('27/09/2022'), ['2022-09-27']);
  assert.deepEqual(iso('27/09/22'), ['2022-09-27']);
  assert.deepEqual(iso('2022-09-27'), ['2022-09-27']);
  assert.deepEqual(iso('Tuesday 27 September 2022 - 1000 – 1300 hrs'), ['2022-09-27']);
  assert.deepEqual(iso('Notes of meeting held on Tuesday, 21 JANUARY 2020'), ['2020-01-21']);
  assert.deepEqual(iso('Tuesday 23rd January 2024'), ['2024-01-23']);
  assert.deepEqual(iso('on 21st March and 8th September 2022'), ['2022-09-08']);
  assert.deepEqual(iso('December 22nd 2023'), ['2023-12-22']);
  assert.deepEqual(iso('09/27/2022', 'mdy'), ['2022-09-27']);
});

test('impossible dates and wrong weekdays are reported, not guessed', () => {
  assert.deepEqual(iso('31/02/2023'), ['! February 2023 has no day 31']);
  assert.deepEqual(iso('29/02/2024'), ['2024-02-29']);
  assert.deepEqual(iso('12/13/2022'), ['! there is no month 13']);
  assert.deepEqual(iso('Wednesday 27 September 2022'), ['! 27 September 2022 was a Tuesday, not a Wednesday']);
});

test('dates are written in one canonical form', () => {
  assert.equal(formatDate(2022, 9, 5), '05/09/2022');
  assert.equal(formatDate(2022, 9, 5, 'mdy'), '09/05/2022');
});
