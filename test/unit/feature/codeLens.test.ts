/** Code lenses: above the title, the open actions carried into the meeting; above each item, its actions and decisions. */
import { test } from 'node:test';
import { codeLenses } from '#service';
import { annotate, check, fixture } from '../../support/fixture';
import { JULY, MEETING_DAY, SEPTEMBER } from '../../support/boardFixture';

/** The lenses of the last file of the fixture (the meeting the clerk has open). */
function lenses(source: string, archive?: string): string {
  const f = fixture(source, { today: MEETING_DAY });
  const file = f.files[f.files.length - 1];
  return annotate(f, codeLenses(file.analysis.doc, file.uri, f.model, archive, f.settings.dateOrder).map((l) => ({ uri: file.uri, range: l.range, label: l.title })));
}

test('the open actions carried into the meeting, and each item its actions and decisions', () => {
  check(lenses(`${JULY}${SEPTEMBER}
081/22 Matters Arising
075/22-A1 CARRIED FORWARD: fuel costs still being collected.

082/22 Budget
ACTION: Publish the budget. Owner: VJ. Due: next meeting.
DECISION: The budget was approved.

083/22 Any Other Business
None.
`), `
    # Strategic Policing and Crime Board
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ 1 open action carried into this meeting from 26/07/2022
    082/22 Budget
    ^^^^^^ 082/22: 1 action, 1 decision
  `);
});

test('the first meeting of the folder: no open actions from earlier meetings', () => {
  check(lenses(JULY), `
    # Strategic Policing and Crime Board
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ No open actions from earlier meetings
    075/22 Finance and Budget Update
    ^^^^^^ 075/22: 1 action
  `);
});

test('an action closed in a later meeting is no longer carried', () => {
  check(lenses(`${JULY}${SEPTEMBER}
081/22 Matters Arising
075/22-A1 DONE: the report was circulated.
//- 2022-10-25.minutes
# Strategic Policing and Crime Board
Date: 25/10/2022

Present:
Simon Foster (SF) : Police and Crime Commissioner

091/22 Matters Arising
None.
`), `
    # Strategic Policing and Crime Board
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ No open actions from earlier meetings
  `);
});

test('actions of meetings before a gap in the folder are counted apart, with the gap named', () => {
  check(lenses(`//- 2020-01-21.minutes
# Strategic Policing and Crime Board
Date: 21/01/2020

Present:
Simon Foster (SF) : Police and Crime Commissioner

001/20 Budget
ACTION: Report on fuel costs. Owner: SF. Due: 18/02/2020.
//- 2020-02-18.minutes
# Strategic Policing and Crime Board
Date: 18/02/2020

Present:
Simon Foster (SF) : Police and Crime Commissioner

011/20 Budget
None.
${JULY}`), `
    # Strategic Policing and Crime Board
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ 1 open action from 21/01/2020 not counted: the meetings between 18/02/2020 and 26/07/2022 are not in the folder
    075/22 Finance and Budget Update
    ^^^^^^ 075/22: 1 action
  `);
});

test('an archive says it is one, and why', () => {
  check(lenses(JULY, 'published minutes'), `
    # Strategic Policing and Crime Board
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Archive (published minutes): only numbering, references and actions are checked
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ No open actions from earlier meetings
    075/22 Finance and Budget Update
    ^^^^^^ 075/22: 1 action
  `);
});
