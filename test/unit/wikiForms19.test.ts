/**
 * A charity's board minutes kept on a wiki and copied as text, the page's indentation and bullets
 * lost (forms/headingItems.ts, forms/meetingHeading.ts, forms/dueDates.ts, parse/content/actionForms.ts,
 * parse/recognisers/statusReviews.ts): a `Contents` list at the margin whose entries the section
 * headings repeat (the items, no numbers); the body named after its charity and registration
 * (`<Charity> (registered charity NNN) – Board of Trustees`); an item's `Actions:` label over rows
 * `<First name>: <task> – <when>`, a when that is an event (`after the AGM`); a review of earlier
 * actions whose lines give the status first, in capitals (`DONE – Tom: …`). Invented examples of each,
 * and their near misses.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { meetingHeading } from '#service/forms/meetingHeading';
import { readDueGroup } from '#service/forms/dueDates';

const PAGE = [
  'Skip to main content',
  'Marsh Lane Rowing Club – Wiki',
  'Search',
  '',
  'Shelves > Committee > Minutes 2027 > 2027-02-09 Committee',
  'Contents',
  'Attendance',
  'Earlier actions',
  'Boathouse roof',
  'Any other business',
  '',
  'Marsh Lane Rowing Club (registered charity 1012345) – Board of Trustees',
  'Minutes of the meeting held on Tuesday 9 February 2027, 7pm, at the Clubhouse',
  '',
  'Attendance',
  'Present: Ann Lowe (Chair), Ben Tate (Treasurer), Cara Moss',
  '',
  'Earlier actions',
  'DONE – Ben: renew the club insurance for 2027.',
  'CARRIED FORWARD TO MARCH – Cara: ask the council about the slipway (no reply yet).',
  'Done – the roof survey was received in January.',
  '',
  'Boathouse roof',
  'Ann reported that the survey found two cracked beams.',
  'Actions:',
  'Ben: get three quotes for the beams – by 1 March',
  'Cara: book the scaffold – after the AGM',
  'Ann left the meeting.',
  '',
  'Any other business',
  'None.',
].join('\n');

test('a Contents list at the margin whose entries the headings repeat: the headings are the items, with no numbers; Attendance is none', () => {
  const items = parse(PAGE).meeting?.items ?? [];
  assert.deepEqual(items.map((it) => [it.number, it.title]), [[undefined, 'Earlier actions'], [undefined, 'Boathouse roof'], [undefined, 'Any other business']]);
  // the contents' own lines are no items: each heading is read where the minutes give it
  assert.ok(items.every((it) => it.headRange.start.line > 11));
});

test('a Contents list at the margin that no heading repeats gives no items of its own', () => {
  const text = ['Skip to main content', 'Contents', 'Budget', 'Roof', '', 'Minutes of the meeting held on Tuesday 9 February 2027', '', 'Ann reported on the budget.'].join('\n');
  assert.deepEqual(parse(text).meeting?.items.map((it) => it.title) ?? [], []);
  // without a web page's frame, lines at the margin under `Contents` are the page's own, no list of contents
  const unframed = PAGE.split('\n').slice(5).join('\n').replace('Shelves > Committee', 'x');
  assert.deepEqual(parse(unframed).meeting?.items.map((it) => it.title).filter((t) => t === 'Earlier actions') ?? [], []);
});

test('the body after its charity and registration is the title; the contents above the heading open no body', () => {
  const h = meetingHeading(PAGE.split('\n'));
  assert.equal(h.title?.spans.at(-1)?.text, 'Board of Trustees');
  assert.equal(h.date?.iso, '2027-02-09');
  assert.equal(parse(PAGE).meeting?.title?.value, 'Board of Trustees');
  // a company's number names the authority too; a bracket of other words does not
  assert.equal(meetingHeading(['Oak Trust (company no. 08123456) — Finance Committee', 'Minutes of the meeting held on Monday 1 March 2027'])?.title?.spans.at(-1)?.text, 'Finance Committee');
  assert.equal(meetingHeading(['Oak Trust (North) – Finance Committee', 'Minutes of the meeting held on Monday 1 March 2027'])?.title?.spans.at(-1)?.text, 'Oak Trust (North) – Finance Committee');
});

test('rows under an Actions: label, each a first name, a colon, the task and its when: the item\'s actions', () => {
  const roof = parse(PAGE).meeting!.items[1];
  assert.deepEqual(roof.actions.map((a) => [a.owners.map((o) => o.text), a.text, a.due?.text]), [
    [['Ben'], 'get three quotes for the beams', '1 March'],
    [['Cara'], 'book the scaffold', 'after the AGM'],
  ]);
  // without the label, such a line is a speaker's words, no action
  const bare = PAGE.replace('Actions:\n', 'Ann summed up.\n');
  assert.deepEqual(parse(bare).meeting!.items[1].actions.map((a) => a.text), []);
});

test('an event the task waits for as its when: `after` and a few words, kept as written', () => {
  assert.equal(readDueGroup('after the AGM')?.text, 'after the AGM');
  assert.equal(readDueGroup('after the budget is agreed')?.kind, 'event');
  assert.equal(readDueGroup('after which the treasurer will write to every member again'), undefined);
});

test('a review\'s lines with the status first, in capitals, before the owner and the action\'s words', () => {
  const reviews = parse(PAGE).meeting!.statusReviews ?? [];
  assert.deepEqual(reviews.map((r) => [r.status, r.written, r.ref]), [
    ['done', 'DONE', 'renew the club insurance for 2027.'],
    ['carried forward', 'CARRIED FORWARD TO MARCH', 'ask the council about the slipway'],
  ]);
  // `Done – the roof …` in small letters is a sentence of the review, no status of an action
  assert.ok(!reviews.some((r) => r.written === 'Done'));
  // under an item that reviews no actions, a line in capitals is no review
  const other = PAGE.replace('Earlier actions\nDONE', 'Treasurer\nDONE').replace('Earlier actions\nBoathouse', 'Treasurer\nBoathouse');
  assert.ok(!(parse(other).meeting!.statusReviews ?? []).some((r) => r.written === 'DONE'));
});
