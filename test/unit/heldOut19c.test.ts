/**
 * What the blind set heldOut19 showed missed in an academy's local governing board and a charity
 * board's wiki page (documents 04 and 05): each construct in other boards' words, names and numbers,
 * with the near misses that must stay unread.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { matchStatusTagAt } from '#service/forms/statuses';
import { readDueCell } from '#service/forms/dueDates';
import { matchDecision } from '#service/forms/decisions';
import { matchLegend } from '#service/forms/legend';
import { readPerson } from '#service/forms/personLine';

const reviewsOf = (text: string): string[] => (parse(text).meeting?.statusReviews ?? []).map((s) => `${s.ref} ${s.status} ${s.written}`);

test('a wiki\'s Silk status icons scraped as file names (`accept.png`, `time.png`, `cancel.png`) are read as its other icons are', () => {
  assert.equal(matchStatusTagAt('tick.png Done')?.status, 'done');
  assert.equal(matchStatusTagAt('accept.png Completed')?.status, 'done');
  assert.equal(matchStatusTagAt('cancel.gif Withdrawn')?.status, 'dropped');
  assert.equal(matchStatusTagAt('delete.png')?.status, 'dropped');
  assert.equal(matchStatusTagAt('clock.png')?.status, 'carried forward');
  assert.equal(matchStatusTagAt('time.png Ongoing')?.word.toLowerCase().endsWith('ongoing'), true);
  // near misses: the same words without an icon's extension, or another picture's name
  assert.equal(matchStatusTagAt('accept the report'), undefined);
  assert.equal(matchStatusTagAt('time to go'), undefined);
  assert.equal(matchStatusTagAt('photo.png Done'), undefined);
  assert.equal(matchStatusTagAt('accepted.png Done'), undefined);
});

const WIKI = [
  'Harbourside Youth Sailing Trust – Board of Trustees, Wednesday 4 February 2026',
  '',
  'Present: Nia Okafor (NO) (Chair); Tomas Reyes (TR); Beth Lindqvist (BL)',
  '',
  'Actions from previous meetings',
  '1. TR to renew the club\'s boat insurance.',
  'ACTION: TR accept.png Done – renewed 12 January',
  '2. NO and BL to write a safeguarding leaflet for parents.',
  'ACTION: NO time.png In progress',
  'ACTION: BL accept.png Done',
  '3. BL to book the RYA instructor course.',
  'ACTION: BL cancel.png Dropped – course withdrawn by the provider',
  '',
  'Any other business',
  'None.',
  '',
].join('\n');

test('a shared action reviewed on a line per owner is reviewed under its number, once per owner; a lone owner\'s line by its number too', () => {
  assert.deepEqual(reviewsOf(WIKI), ['1 done Done', '2 open In progress', '2 done Done', '3 dropped Dropped']);
  // near miss: owner lines under no numbered action keep the owner as the reference
  const loose = WIKI.replace('2. NO and BL to write a safeguarding leaflet for parents.\n', 'Safeguarding leaflet discussed.\n');
  assert.deepEqual(reviewsOf(loose).slice(1, 3), ['NO open In progress', 'BL done Done']);
});

test('the owners\' status lines are no new actions, so no alarm for an owner missing', () => {
  const m = parse(WIKI).meeting!;
  const all = [...(m.actions ?? []), ...m.items.flatMap((i) => i.actions)];
  assert.deepEqual(all.map((a) => a.text), []);
});

test('a due cell naming a school\'s training day, a meeting counted in its year, or a deadline by its name, is read as written', () => {
  const due = (cell: string): string | undefined => readDueCell(cell)?.text;
  assert.equal(due('January INSET'), 'January INSET');
  assert.equal(due('April INSET day'), 'April INSET day');
  assert.equal(due('first FGB 2026/27'), 'first FGB 2026/27');
  assert.equal(due('Last meeting of the year'), 'Last meeting of the year');
  assert.equal(due('the final committee'), 'the final committee');
  assert.equal(due('grant deadline (14 Mar)'), 'grant deadline (14 Mar)');
  assert.equal(due('Arts Council deadline'), 'Arts Council deadline');
  // near misses: a month alone stays a month; words that only begin alike, or say more after, are no due
  assert.equal(readDueCell('March')?.kind, 'month');
  assert.equal(due('first aid'), undefined);
  assert.equal(due('first class post to all parents'), undefined);
  assert.equal(due('the deadline was missed'), undefined);
  assert.equal(due('January INSET planning notes'), 'January');
});

test('a person\'s initials and a verb in capitals closing the sentence (`PT AGREED.`) are that person accepting a request, no decision of the board', () => {
  const keyword = (line: string): string | undefined => {
    const d = matchDecision(line);
    return d && line.slice(d.keyword.start, d.keyword.end);
  };
  assert.equal(keyword('Challenge: JR asked for a costed plan for the new library. PT AGREED.'), undefined);
  assert.equal(keyword('KLo AGREED'), undefined);
  // near misses: the board by its letters, by its name, or a passive still decide; a verb with words after it is read as before
  assert.equal(keyword('FGB AGREED.'), 'FGB AGREED');
  assert.equal(keyword('Governors AGREED.'), 'Governors AGREED');
  assert.equal(keyword('The minutes were APPROVED.'), 'The minutes were APPROVED');
  assert.equal(keyword('PT AGREED to circulate the plan.'), 'PT AGREED');
});

const ACADEMY = [
  'Brookvale Academy – Local Governing Board',
  'Minutes of the meeting held on Tuesday 3 February 2026 at 6pm',
  '',
  'Present:',
  'Mrs P Quarshie (PQ) Chair [CG];  Mr E Lund (EL) Headteacher [H];  Dr F Amadi (FA) [FG]',
  'Ms W Orme (WO) [PG] (joined 6.25pm, after item 3);  Mr N Oyelaran (NOy) [CG]',
  '',
  'Key: [CG] Co-opted Governor  [PG] Parent Governor',
  '[FG] Foundation (Anglican) Governor  [H] Headteacher (ex officio)',
  '',
  'Apologies:  Mr V Nkemelu (VN) [PG] – work commitment – accepted',
  '',
  '1.\tWelcome\tPQ',
  '\tPQ opened the meeting.',
  '',
].join('\n');

test('an academy\'s list: a key whose categories hold brackets and a one-letter code, initials that add the surname\'s second letter, a time joined with its item', () => {
  const people = parse(ACADEMY).meeting!.people.flatMap((b) => b.people);
  const by = (name: string) => people.find((p) => p.name.display === name)!;
  assert.equal(by('E Lund').category, 'Headteacher (ex officio)');
  assert.equal(by('E Lund').role, 'Headteacher');
  assert.equal(by('F Amadi').category, 'Foundation (Anglican) Governor');
  assert.equal(by('N Oyelaran').initials, 'NOy');
  assert.deepEqual(by('W Orme').qualifiers?.map((q) => q.text), ['joined 6.25pm, after item 3']);
  assert.equal(by('W Orme').role, undefined);
});

test('the key\'s forms, with near misses: a one-letter code only in square brackets and in capitals; a bracket inside a category, not around it', () => {
  const entries = (line: string): string[] | undefined => matchLegend(line)?.map((e) => `${line.slice(e.code.start, e.code.end)}=${line.slice(e.meaning.start, e.meaning.end)}`);
  assert.deepEqual(entries('[A] Associate Member (non-voting)  [LA] Local Authority Governor'), ['A=Associate Member (non-voting)', 'LA=Local Authority Governor']);
  assert.deepEqual(entries('Key: [FG] Foundation (Methodist) Governor; [SG] Staff Governor'), ['FG=Foundation (Methodist) Governor', 'SG=Staff Governor']);
  assert.equal(entries('(A) Associate Member'), undefined);
  assert.equal(entries('[a] Associate Member'), undefined);
  assert.equal(entries('[FG] Foundation (Methodist'), undefined);
});

test('initials with the surname\'s second letter small only when they agree with the name', () => {
  const initials = (line: string): string | undefined => {
    const s = readPerson(line)?.initials;
    return s && line.slice(s.start, s.end);
  };
  assert.equal(initials('Mr N Oyelaran (NOy)'), 'NOy');
  assert.equal(initials('Ms R Hale (RHa)'), 'RHa');
  // near misses: letters that are not the surname's first two, or the first name's initial wrong
  assert.equal(initials('Mr N Oyelaran (NOx)'), undefined);
  assert.equal(initials('Mr N Oyelaran (POy)'), undefined);
});

const LOG = (second: string): string => [
  'Elmfield Primary – Full Governing Board',
  'Minutes of the meeting held on Monday 9 March 2026 at 6pm',
  '',
  'Min\tItem\tLead',
  '1.\tMinutes of the last meeting\tKR',
  '\tThe minutes were AGREED as a true record.',
  '\tReview of the action log:',
  '\tNo.\tAction\tWho\tUpdate',
  '\t6.1\tBook safeguarding refresher\tKR\tComplete',
  '\t6.2\tGovernor visit to Reception\tLM\tDeferred to',
  second,
  '\t6.3\tUpdate the website policies page\tPD\tIn progress',
  '2.\tClose\tKR',
  '\tNone.',
  '',
].join('\n');

test('a status the page wrapped in its column (`Deferred to` ⏎ `⇥⇥⇥⇥Spring 2`) is read whole; a row below is never its run-on', () => {
  assert.deepEqual(reviewsOf(LOG('\t\t\t\tSpring 2')), ['6.1 done Complete', '6.2 carried forward Deferred to Spring 2', '6.3 open In progress']);
  // near misses: the next line a row of its own, or not indented, leaves the status as printed
  assert.deepEqual(reviewsOf(LOG('\t6.25\tCheck fire drills\tLM\tComplete')).slice(1, 2), ['6.2 carried forward Deferred']);
});
