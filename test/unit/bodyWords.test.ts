/**
 * looksLikeBody (forms/qualifiers.ts) asks each of its patterns only where what the pattern cannot do without stands (a last
 * letter, `of`, `&`): every form of a body still reads as one, in any case, and a role as none.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { looksLikeBody } from '#service/forms/qualifiers';

test('looksLikeBody reads every form of a body, its case and a closing full stop as written, and no role', () => {
  const bodies = [
    'Ashby MBC', 'Ashby MBC.', 'ashby mbc', "Birmingham & Solihull Women's Aid", 'OPCC', 'Chief Executive, OPCC', 'West Midlands Police',
    'Northshire County Council', 'NHS Trust', 'St Mary HOSPITALS', 'Acme Ltd.', 'Bright Homes', 'Audit Services', 'Chamber of Commerce',
    'Mehta Shah & Co.', 'Price & Co', 'Healthwatch Humber Vale', 'HEALTHWATCH Kent', 'Northshire Local Medical Committee',
    'LOCAL DENTAL COMMITTEE', 'Diocesan Board of Education', 'DIOCESAN BOARD OF EDUCATION', 'Faculty of Arts and Humanities', 'School of Law',
    'Age UK', 'Public Health Wales', 'Patient Voice Isle of Man', 'Citizens Advice Jersey',
  ];
  for (const b of bodies) assert.equal(looksLikeBody(b), true, b);
  const roles = ['Police and Crime Commissioner', 'Chief Constable', 'Head of Charity', 'Clerk to the Council', 'Faculty of Science Rep', 'Chief Nurse Wales', 'North Wales', 'Staff Officer', '', '.'];
  for (const r of roles) assert.equal(looksLikeBody(r), false, r);
});
