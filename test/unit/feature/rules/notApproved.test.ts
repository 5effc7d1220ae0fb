/** minutes/not-approved: the next meeting, in the folder, did not agree these minutes as a correct record. */
import { test } from 'node:test';
import { checkQuiet, checkRule } from '../../../support/fixture';
import { JULY, SEPTEMBER } from '../../../support/boardFixture';

test("July's minutes, when September's say nothing of them: July's title is told, naming September and its file", () => {
  checkRule('not-approved', `${JULY}${SEPTEMBER}
077/22 Budget
Noted.
`, `
    //- 2022-07-26.minutes
    # Strategic Policing and Crime Board
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ information: These minutes were never agreed as a correct record: the next meeting, 27/09/2022 (2022-09-27.minutes), does not say so. Its minutes should, e.g. "The notes of the meeting held on 26/07/2022 were agreed as a correct record."
  `);
});

test('near misses: the next meeting agreed them, a Status line says they were approved, and the next meeting is not in the folder', () => {
  checkQuiet('not-approved', `${JULY}${SEPTEMBER}
077/22 Notes of the Last Meeting
The notes of the meeting held on 26 July 2022 were agreed as a correct record.
`);
  checkQuiet('not-approved', `${JULY.replace('Chair: Simon Foster', 'Chair: Simon Foster\nStatus: Approved 27/09/2022')}${SEPTEMBER}
077/22 Budget
Noted.
`);
  // July names 27/09/2022 as its next meeting; the folder's next is in October: September's file is missing
  checkQuiet('not-approved', `${JULY}//- 2022-10-25.minutes
# Strategic Policing and Crime Board
Date: 25/10/2022

080/22 Budget
Noted.
`);
});
