/**
 * Code actions (the light bulb, Ctrl+.): the titles offered where the cursor stands, and what the
 * chosen one changes, as lines removed (-) and added (+) per meeting.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeAcrossMeetings, firstNumberOf, fixesAt, markDone, renumberAll, splitLines, type TextEdit } from '#service';
import { check, fixture, renderEdits, type Fixture } from '../../support/fixture';
import { applyEdits } from '../../support/util';
import { JULY, MEETING_DAY, SEPTEMBER } from '../../support/boardFixture';

interface Offered { readonly title: string; readonly edits: ReadonlyMap<string, readonly TextEdit[]> }

/** What the light bulb offers at the selection (or cursor), in the server's order: fixes, mark done, renumber. */
function offered(f: Fixture): Offered[] {
  const range = f.selection;
  if (!range) throw new Error('the fixture has no cursor: put $0 where the clerk stands');
  const { doc, findings } = f.main.analysis;
  const all = [...findings, ...analyzeAcrossMeetings(f.model, f.main.uri, f.settings)];
  const fixes = fixesAt(all, range, f.settings).map((x) => ({ title: x.title, edits: new Map([[f.main.uri, x.edits]]) }));
  const lines = new Map(f.files.map((x) => [x.uri, splitLines(x.text)]));
  const done = markDone(doc, f.main.uri, f.model, range, (uri, line) => lines.get(uri)?.[line]);
  const onItemLine = doc.meeting?.items.some((i) => i.headRange.start.line <= range.end.line && range.start.line <= i.headRange.end.line);
  const renumber = onItemLine ? renumberAll(doc, f.main.uri, f.model, firstNumberOf(doc, f.main.uri, f.model, f.today)) : undefined;
  return [...fixes, ...done, ...(renumber ? [renumber] : [])];
}

const titles = (source: string): string => offered(fixture(source, { today: MEETING_DAY })).map((a) => a.title).join('\n');

function apply(source: string, title: string): string {
  const f = fixture(source, { today: MEETING_DAY });
  const all = offered(f);
  const chosen = all.find((a) => a.title === title);
  assert.ok(chosen, `no action "${title}" among: ${all.map((a) => a.title).join(' | ')}`);
  return renderEdits(f, chosen.edits);
}

const CARRIED = `${JULY}${SEPTEMBER}
081/22 Matters Arising
075/22-A1 CARRIED$0 FORWARD: fuel costs still being collected.
`;

test('on a carried-forward status line: mark the action done', () => {
  check(titles(CARRIED), 'Mark 075/22-A1 done');
  check(apply(CARRIED, 'Mark 075/22-A1 done'), `
    - 075/22-A1 CARRIED FORWARD: fuel costs still being collected.
    + 075/22-A1 DONE: fuel costs still being collected.
  `);
});

test('on the action in an earlier meeting: mark it done in the latest meeting, which already has its status line', () => {
  const source = `${JULY.replace('ACTION: Report', 'ACTION$0: Report')}${SEPTEMBER}
081/22 Matters Arising
075/22-A1 CARRIED FORWARD: fuel costs still being collected.
`;
  check(titles(source), 'Mark 075/22-A1 done in 2022-09-27.minutes (its CARRIED FORWARD line)');
  check(apply(source, 'Mark 075/22-A1 done in 2022-09-27.minutes (its CARRIED FORWARD line)'), `
    //- 2022-09-27.minutes
    - 075/22-A1 CARRIED FORWARD: fuel costs still being collected.
    + 075/22-A1 DONE: fuel costs still being collected.
  `);
});

test('when the latest meeting has no status line for the action, one is added after its other status lines', () => {
  const source = `//- 2022-07-26.minutes
# Strategic Policing and Crime Board
Date: 26/07/2022

Present:
Mark Kenyon : Chief Finance Officer

075/22 Finance and Budget Update
ACTION: Report on fuel costs. Owner: Mark Kenyon. Due: 27/09/2022.
ACTION$0: Cost the new fleet. Owner: Mark Kenyon. Due: 27/09/2022.
${SEPTEMBER}
081/22 Matters Arising
075/22-A1 DONE: the report was circulated.

082/22 Budget
The Board discussed the budget.
`;
  check(apply(source, 'Mark 075/22-A2 done in 2022-09-27.minutes'), `
    //- 2022-09-27.minutes
    + 075/22-A2 DONE
  `);
});

test('on an item line: renumber every item in order from the number after the previous meeting, references following', () => {
  const source = `${JULY}${SEPTEMBER}
090/22 Matters Arising
$0The Board noted the actions (see 095/22).

095/22 Budget
ACTION: Publish the budget. Owner: VJ. Due: next meeting.
`;
  // the cursor is on the item's text, not its line: no renumbering there
  check(titles(source), '');
  const onHead = source.replace('$0The Board', 'The Board').replace('095/22 Budget', '095/22 $0Budget');
  check(titles(onHead), 'Renumber all items in order from 077/22');
  check(apply(onHead, 'Renumber all items in order from 077/22'), `
    - 090/22 Matters Arising
    - The Board noted the actions (see 095/22).
    + 077/22 Matters Arising
    + The Board noted the actions (see 078/22).
    …
    - 095/22 Budget
    + 078/22 Budget
  `);
});

test('an action without a due date: the fix is offered at the end of its line, where the message says to add the date', () => {
  const source = `${JULY}${SEPTEMBER}
077/22 Budget
ACTION: Publish the budget. Owner: Mark Kenyon$0
`;
  check(titles(source), 'Due at the next meeting');
});

test("on a problem (the squiggle under ACTION:): its fixes; an action without a due date is given the next meeting", () => {
  const source = `${JULY}${SEPTEMBER}
077/22 Budget
ACT$0ION: Publish the budget. Owner: Mark Kenyon
`;
  check(titles(source), 'Due at the next meeting');
  check(apply(source, 'Due at the next meeting'), `
    - ACTION: Publish the budget. Owner: Mark Kenyon
    + ACTION: Publish the budget. Owner: Mark Kenyon. Due: next meeting.
  `);
});

test('on a number used twice: give the item its own number, or renumber every item', () => {
  const source = `${JULY}${SEPTEMBER}
077/22 Budget
Noted.

077/22$0 Fleet
Noted.
`;
  check(titles(source), `
    Change to 078/22
    Renumber all items in order from 077/22
  `);
  check(apply(source, 'Change to 078/22'), `
    - 077/22 Fleet
    + 078/22 Fleet
  `);
});

test('a selection over the owner nobody listed: add them to Present, the name alone when no role is known (nothing to replace before publishing)', () => {
  const source = `${JULY}${SEPTEMBER}
077/22 Budget
ACTION: Write to the Chief. Owner: $0Nobody Known$0. Due: 25/10/2022.
`;
  check(titles(source), 'Add Nobody Known to Present');
  check(apply(source, 'Add Nobody Known to Present'), `
    + Nobody Known
  `);
  // the line kept as is is a person of Present, with no role
  const f = fixture(source, { today: MEETING_DAY });
  const chosen = offered(f).find((a) => a.title === 'Add Nobody Known to Present')!;
  const after = fixture(applyEdits(f.main.text, chosen.edits.get(f.main.uri)!).replace(/\$0/g, ''), { today: MEETING_DAY });
  const present = after.main.analysis.doc.meeting!.people.find((b) => b.kind === 'present')!.people;
  assert.deepEqual(present.map((p) => [p.name.display, p.role]).at(-1), ['Nobody Known', undefined]);
});

test("Add to Present with the role the presenter's line gives, in the Present block's own form", () => {
  // the block's lines join name and role with a colon after initials: the new line takes the colon, not the initials
  check(apply(`${JULY}${SEPTEMBER}
077/22 Transport
Presented by: $0Waseem Zaffar$0, Head of Transport
`, 'Add Waseem Zaffar to Present'), `
    + Waseem Zaffar : Head of Transport
  `);
  // a block written with dashes
  check(apply(`//- 2022-09-27.minutes
# Strategic Policing and Crime Board
Date: 27/09/2022

Present:
Simon Foster – Police and Crime Commissioner
Andy Beard – Head of Force Contact

077/22 Budget
Presented by: $0Lee Jones (Director of Finance)$0
`, 'Add Lee Jones to Present'), `
    + Lee Jones – Director of Finance
  `);
  // a block written Name (Role)
  check(apply(`//- 2022-09-27.minutes
# Strategic Policing and Crime Board
Date: 27/09/2022

Present:
Simon Foster (Police and Crime Commissioner)
Andy Beard (Head of Force Contact)

077/22 Budget
Presented by: $0Lee Jones (Director of Finance)$0
`, 'Add Lee Jones to Present'), `
    + Lee Jones (Director of Finance)
  `);
});
