/**
 * Attendance forms met in the eighth blind set (heldOut8), each with an invented example of its family
 * and a near miss: offices written before the person under a list's heading, categories at the margin over
 * bulleted members, a checklist under a note, brackets that name bodies among offices, a board's own office.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { matchListNote, readPerson } from '#service/forms/index';
import { isGovernorSeat } from '#service/forms/qualifiers';
import { parse } from '#service';

/** Each person of a parsed meeting as `list | name | title | role | org | category | qualifiers`, only what is there. */
function everything(text: string): string[] {
  return parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.title ? `title=${p.title}` : '', p.role ? `role=${p.role}` : '', p.organisation ? `org=${p.organisation}` : '',
    p.category ? `category=${p.category}` : '', ...(p.qualifiers ?? []).map((q) => q.text)].filter((s) => s !== '').join(' | ')));
}

test('offices written first under a list\'s heading (`Chair of Council:   Mrs A Roe`): the office is the role; a plural label stays a category', () => {
  const text = 'COLLEGE OF WESTHAM\nCOUNCIL\nMinutes of the meeting held on 4 March 2026\nPresent\nChair of Council:          Mrs Ann Roe\nLay Member:                Dr Ben Tate (video link)\nStaff Member (support):    Mr Cy Voss\nIn attendance\nClerk to Council:          Ms Di Ward\n\nC/26/01     WELCOME\nThe Chair welcomed members.\n';
  assert.deepEqual(everything(text), ['present | Ann Roe | title=Mrs | role=Chair of Council', 'present | Ben Tate | title=Dr | role=Lay Member | video link',
    'present | Cy Voss | title=Mr | role=Staff Member (support)', 'inAttendance | Di Ward | title=Ms | role=Clerk to Council']);
  // near miss: groups in the plural name the members' category
  const groups = 'UNIVERSITY OF WESTHAM\nSENATE\nMinutes of the meeting held on 4 March 2026\nPresent:\nDeans: Professor Ann Roe, Professor Ben Tate\nElected members: Dr Cy Voss, Dr Di Ward\n\n1. Minutes\nApproved.\n';
  assert.deepEqual(everything(groups).map((s) => s.split(' | ').pop()), ['category=Deans', 'category=Deans', 'category=Elected members', 'category=Elected members']);
});

test('categories at the margin over bulleted members: each member with the category over them, the dash words a role only when they name an office', () => {
  const text = 'Westham Schools Trust\n\nMinutes of the meeting held on 4 March 2026\n\nPresent\nAppointed trustees\n    • Mr Ann Roe (AR) – Chair of Committee\n    • Mrs Ben Tate (BT) – online\nCo-opted trustees\n    • Ms Cy Voss (CV)\n\nApologies\n    • Dr Di Ward (DW) – Co-opted trustee – consented\n\n1.   Welcome\n     The Chair welcomed everyone.\n';
  assert.deepEqual(everything(text), ['present | Ann Roe | title=Mr | role=Chair of Committee | category=Appointed trustees', 'present | Ben Tate | title=Mrs | category=Appointed trustees | online',
    'present | Cy Voss | title=Ms | category=Co-opted trustees', 'apologies | Di Ward | title=Dr | category=Co-opted trustee | consented']);
  assert.equal(isGovernorSeat('Co-opted trustee'), true);
  // near miss: an office is no seat
  assert.equal(isGovernorSeat('Chair of trustees'), false);
});

test('a checklist under a note to those who attend: ticked present, an empty box absent, one that sent regrets on the apologies list', () => {
  // where the list was taken from is a note; a bracket that is no note (near miss) keeps the heading's words whole
  assert.deepEqual([matchListNote('Participants (from the Zoom list)')?.end, matchListNote('Participants (voting)')], [12, undefined]);
  const text = '# Owl maintainers — 2026-03-04\n\n## Attendance\n\nTick yourself when you join.\n\n- [x] Ann Roe (@aroe), facilitator\n- [x] Ben Tate (@btate)\n- [ ] Cy Voss (@cvoss), sent regrets\n- [ ] Di Ward (@dward)\n\n## Agenda\n\n### 1. Release\n\n- Ann: rc1 is out.\n';
  assert.deepEqual(everything(text), ['present | Ann Roe | role=facilitator', 'present | Ben Tate', 'apologies | Cy Voss', 'absent | Di Ward']);
});

test('brackets in a list: one naming no office among others that do names a body; a district alone is the seat; a board\'s own office before the name', () => {
  const text = 'OWL WORKING GROUP\nMinutes of the meeting of 4 March 2026\n\nRegrets: Ann Roe (Chair), Ben Tate (Fernco)\n\n1. Agenda\nAgreed.\n';
  assert.deepEqual(everything(text), ['apologies | Ann Roe | role=Chair', 'apologies | Ben Tate | org=Fernco']);
  const p = readPerson('Clerk of the Board Ann Roe');
  assert.equal(p && 'Clerk of the Board Ann Roe'.slice(p.name.start, p.name.end), 'Ann Roe');
  // near miss: a name that starts with a capitalised word is no office
  const q = readPerson('Clerkson Ann Roe');
  assert.equal(q?.role, undefined);
});
