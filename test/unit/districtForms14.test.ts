/**
 * A district council's ordinary meeting in the fourteenth held-out set, in other councils' words: the
 * meeting's own line under `MINUTES OF <council>` (`EXTRAORDINARY COUNCIL MEETING`), and a register of
 * earlier actions flattened with tabs whose rows give the meeting and its item, the action known by its
 * own words wrapped over lines.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';

test('the meeting named on its own line under `MINUTES OF <council>` is the title; a kind of meeting alone leaves the council', () => {
  const head = (lines: readonly string[]): string | undefined =>
    parse([...lines, '', 'PRESENT:\tMayor Ana Roe, Crs Bo Lee and Cy Moss', '', '1\tAPOLOGIES', '', 'Nil.'].join('\n')).meeting?.title?.value;
  assert.equal(head(['MINUTES OF KAHURANGI DISTRICT COUNCIL', 'EXTRAORDINARY COUNCIL MEETING', 'HELD IN THE COUNCIL CHAMBER, 3 MAIN ROAD, TAKAKA', 'ON TUESDAY, 3 FEBRUARY 2026 AT 1.00PM']), 'EXTRAORDINARY COUNCIL MEETING');
  assert.equal(head(['Minutes of Ruawai District Council', 'Audit and Risk Committee Meeting', 'Held on Thursday 12 March 2026 at 10am']), 'Audit and Risk Committee Meeting');
  // only the kind of meeting: it names no body, and the council's line stays the title (as before)
  assert.equal(head(['MINUTES OF KAHURANGI DISTRICT COUNCIL', 'ORDINARY MEETING', 'ON TUESDAY, 3 FEBRUARY 2026 AT 1.00PM']), 'KAHURANGI DISTRICT COUNCIL');
  // a sentence wrapped before `held` still carries on: its second line is no title (as before)
  assert.equal(head(['KENTWELL COUNTY COUNCIL', '', 'HIGHWAYS AND TRANSPORT CABINET COMMITTEE', '', 'MINUTES of a meeting of the Highways and Transport Cabinet',
    'Committee held in the Medway Room, Shire Hall, Kentwell on Wednesday,', '4 March 2026.']), 'HIGHWAYS AND TRANSPORT CABINET COMMITTEE');
});
