/** Minutes: New Meeting: the file written after the latest meeting of the folder, as the clerk opens it. */
import { test } from 'node:test';
import { newMeetingAfterLatest, suggestedDate } from '#service';
import { check, fixture } from '../../support/fixture';
import { JULY, SEPTEMBER } from '../../support/boardFixture';

function started(source: string, iso: string): string {
  const f = fixture(source);
  const r = newMeetingAfterLatest(f.model, iso, f.settings.dateOrder);
  return 'error' in r ? `refused: ${r.error}` : `//- ${r.fileName}\n${r.text}`;
}

test("the date offered: the latest meeting's Next meeting, else four weeks on", () => {
  check(suggestedDate(fixture(JULY).model), '2022-09-27');
  check(suggestedDate(fixture(`${JULY}${SEPTEMBER}
081/22 Budget
Noted.
`).model), '2022-10-25');
});

test("last time's people to confirm, empty lists, the first items numbered on and the open actions carried forward with owner and due date", () => {
  check(started(`${JULY}${SEPTEMBER}
Apologies:
David Thompson : Chief Constable

In attendance:
Jo Marsh : Board Secretary

081/22 Matters Arising
075/22-A1 CARRIED FORWARD: fuel costs still being collected.

082/22 Budget
ACTION: Publish the budget. Owner: VJ. Due: next meeting.
ACTION: Cost the fleet. Owner: Mark Kenyon.

083/22 Date of Next Meeting
Next meeting: 25/10/2022
`, '2022-10-25'), `
    //- 2022-10-25.minutes
    # Strategic Policing and Crime Board
    Date: 25/10/2022
    Chair: Simon Foster

    Members to confirm (move each to Present or Apologies):
    Simon Foster (SF) : Police and Crime Commissioner
    Vanessa Jardine (VJ) : Deputy Chief Constable
    Mark Kenyon : Chief Finance Officer
    David Thompson : Chief Constable

    Officers to confirm (move each to In attendance):
    Jo Marsh : Board Secretary

    Present:

    Apologies:

    In attendance:

    084/22 Apologies

    085/22 Notes of the Last Meeting

    086/22 Actions from Previous Meetings
    075/22-A1 CARRIED FORWARD: Report on fuel costs. (Mark Kenyon, due 27/09/2022)
    082/22-A1 CARRIED FORWARD: Publish the budget. (Vanessa Jardine, due 25/10/2022)
    082/22-A2 CARRIED FORWARD: Cost the fleet. (Mark Kenyon)
  `);
});

test('a date not after the latest meeting is refused, saying why', () => {
  check(started(`${JULY}${SEPTEMBER}
081/22 Budget
Noted.
`, '2022-09-01'), `
    refused: The latest meeting is on 27/09/2022: the new meeting's date must come after it.
  `);
});
