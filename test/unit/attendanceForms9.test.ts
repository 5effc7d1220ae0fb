/**
 * Attendance forms met in the ninth blind set (heldOut9), each with an invented example of its family
 * and a near miss: offices written first with the holder in brackets (bare, or with the office's article),
 * a governing board's seats, two lists in a Word table flattened with a tab, labels saying where members sat,
 * `Name, Role[, Organisation] (INITIALS)` under a label for one item, BoardDocs' headings, a Markdown list
 * with companies in brackets and a struck-through name, a board's office before the name with its district, an
 * international body's roll call by office and national body.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readPerson, readQualifier } from '#service/forms/index';
import { parse } from '#service';

/** Each person of a parsed meeting as `list | name | title | role | org | category | qualifiers`, only what is there. */
function everything(text: string): string[] {
  return parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.title ? `title=${p.title}` : '', p.role ? `role=${p.role}` : '', p.organisation ? `org=${p.organisation}` : '',
    p.category ? `category=${p.category}` : '', ...(p.qualifiers ?? []).map((q) => q.text)].filter((s) => s !== '').join(' | ')));
}

test('officers written office first with a bare name in brackets (a Welsh council\'s `Officers:` line); a member\'s bracket stays their role', () => {
  assert.deepEqual(everything('Westham County Council\nAudit Committee - Monday, 2nd March, 2026\n\n12/26\nAPOLOGIES AND ATTENDANCE\nMinutes:\nPresent: Councillor Ann Roe (Chair), Councillors Ben Tate and Cy Voss.\n \nOfficers: Chief Finance Officer (Di Ward), Head of Legal Services (Eve Orr).\n \n13/26\nMINUTES\nApproved.\n'), [
    'present | Ann Roe | title=Councillor | role=Chair', 'present | Ben Tate | title=Councillor', 'present | Cy Voss | title=Councillor',
    'inAttendance | Di Ward | role=Chief Finance Officer', 'inAttendance | Eve Orr | role=Head of Legal Services']);
  // near miss: a name before the bracket is read name first
  assert.deepEqual(everything('Westham County Council\nAudit Committee - Monday, 2nd March, 2026\n\n12/26\nAPOLOGIES AND ATTENDANCE\nMinutes:\nPresent: Councillor Ann Roe (Chair), Ben Tate (Vice-Chair).\n \n13/26\nMINUTES\nApproved.\n'), ['present | Ann Roe | title=Councillor | role=Chair', 'present | Ben Tate | role=Vice-Chair']);
  // near miss: a bare name after words that name no office is no officer (read name first)
  const w = readPerson('Westham Lane (Ann Roe)');
  assert.equal(w && 'Westham Lane (Ann Roe)'.slice(w.name.start, w.name.end), 'Westham Lane');
});

test('a university\'s offices with their article and the holder in brackets, in a paragraph wrapped under a hanging label; `Observing:` with a body after the comma', () => {
  assert.deepEqual(everything('UNIVERSITY OF WESTHAM\nCOURT\nMinutes of the meeting held on Wednesday 4 March 2026\n\nPresent:   Mrs Ann Roe (Chair); the Provost (Professor Ben Tate); the\n           Registrar and Secretary (Dr Cy Voss) (from C/26/03); Dr Di\n           Ward (absent for C/26/04)\nObserving: Ms Eve Orr, Westham County Council\n\nC/26/01   MINUTES\n          Court APPROVED the minutes.\n'), [
    'present | Ann Roe | title=Mrs | role=Chair', 'present | Ben Tate | title=Professor | role=Provost', 'present | Cy Voss | title=Dr | role=Registrar and Secretary | from C/26/03',
    'present | Di Ward | title=Dr | absent for C/26/04', 'inAttendance | Eve Orr | title=Ms | org=Westham County Council | observer']);
  assert.equal(readQualifier('absent for C/26/04')?.kind, 'part');
  // near miss: absent alone is no qualifier of a present member
  assert.equal(readQualifier('absent'), undefined);
});

test('a governing board by seat: the office and its category in the label, a governor\'s kind as the label, the dash\'s words sorting those not present', () => {
  assert.deepEqual(everything('Westham Primary School\nFull Governing Board\n\nMINUTES OF THE MEETING HELD ON WEDNESDAY 4TH MARCH 2026\n\nGOVERNORS PRESENT\nChair (Parent):\tMrs Ann Roe (AR)\nCo-opted:\tMr Ben Tate (BT); Ms Cy Voss (CV) – left at 7.10pm, during item 4\n\nGOVERNORS NOT PRESENT\nStaff:\tMr Di Ward (DW) – apologies sent, consented\nParent:\tMs Eve Orr (EO) – no apologies received\n\nALSO ATTENDING\nClerk:\tMrs Fay Lund (FL)\n\n1.\tWelcome\n\tAR welcomed governors.\n'), [
    'present | Ann Roe | title=Mrs | role=Chair | category=Parent', 'present | Ben Tate | title=Mr | category=Co-opted',
    'present | Cy Voss | title=Ms | category=Co-opted | left at 7.10pm, during item 4',
    'absent | Eve Orr | title=Ms | category=Parent | no apologies received', 'apologies | Di Ward | title=Mr | category=Staff | consented',
    'inAttendance | Fay Lund | title=Mrs | role=Clerk']);
});

test('two lists side by side in a Word table flattened with a tab: each row\'s tab parts its cells; a count of the public is no person', () => {
  assert.deepEqual(everything('WESTHAM PARISH COUNCIL\nMINUTES OF THE MEETING OF WESTHAM PARISH COUNCIL\nheld on Tuesday 3rd March 2026 at 7.30pm\n\nCouncillors present\tIn attendance\nCllr Ann Roe (Chairman)\tBen Tate – Clerk\nCllr Cy Voss\tCllr Di Ward – Westham District Council\nCllr Eve Orr\t3 members of the public\n\n26/01\tAPOLOGIES\nNone were received.\n'), [
    'present | Ann Roe | title=Cllr | role=Chairman', 'present | Cy Voss | title=Cllr', 'present | Eve Orr | title=Cllr',
    'inAttendance | Ben Tate | role=Clerk', 'inAttendance | Di Ward | title=Cllr | org=Westham District Council']);
});

test('labels saying where members sat: present lists, the remote way a qualifier of each; staff as `Name, Job title (qualifier)`', () => {
  assert.deepEqual(everything('Westham Transport\nBoard of Trustees – minutes of the meeting held on Thursday 5 March 2026\n\nAttendance\nTrustees present in the room: Ann Roe (Chair), Ben Tate\nTrustees joining on Teams: Cy Voss (from 26/02)\nStaff in attendance: Di Ward, Finance Officer (minutes)\nApologies: Eve Orr\n\n26/01  Welcome\nThe Chair welcomed trustees.\n'), [
    'present | Ann Roe | role=Chair', 'present | Ben Tate', 'present | Cy Voss | on Teams | from 26/02',
    'inAttendance | Di Ward | role=Finance Officer | minutes', 'apologies | Eve Orr']);
});

test('`Name, Role[, Organisation] (INITIALS)` one a line, and a label for one item over its guest', () => {
  assert.deepEqual(everything('Westham NHS Trust\nAUDIT COMMITTEE\nMinutes of the meeting held on Thursday 5 March 2026\n\nPresent:\nAnn Roe, Non-Executive Director (AR)\n\nIn attendance:\nBen Tate, Head of Internal Audit, Westham Audit Services (BT)\n\nFor item AC/26/04:\nDr Cy Voss, Chief Nurse (CV)\n\nAC/26/01  WELCOME\n1.1  AR welcomed members.\n'), [
    'present | Ann Roe | role=Non-Executive Director',
    'inAttendance | Ben Tate | role=Head of Internal Audit, Westham Audit Services | org=Westham Audit Services',
    'inAttendance | Cy Voss | title=Dr | role=Chief Nurse | For item AC/26/04']);
  const p = readPerson('Dr Cy Voss, Chief Nurse (CV)');
  assert.equal(p && 'Dr Cy Voss, Chief Nurse (CV)'.slice(p.initials!.start, p.initials!.end), 'CV');
  // near miss: letters that are not the name's initials are no initials
  assert.equal(readPerson('Dr Cy Voss, Chief Nurse (HR)')?.initials, undefined);
});

test('BoardDocs\' attendance: Present/Absent Board Members, the student member\'s heading her office, (recorder) the minute-taker', () => {
  assert.deepEqual(everything('Westham Unified School District\nBoard of Education\nRegular Meeting\nMinutes\nTuesday, March 3, 2026 6:30 PM\n\nAttendance Taken at 6:31 PM:\nPresent Board Members:\nMrs. Ann Roe, President\nMr. Ben Tate\nAbsent Board Members:\nMr. Cy Voss\nStudent Board Member:\nMs. Di Ward (non-voting)\nStaff Present:\nDr. Eve Orr, Superintendent\nMrs. Fay Lund, Executive Assistant (recorder)\nApproximately 20 members of the public attended.\n\nI. OPENING PROCEDURES\nA. Call to Order\nPresident Roe called the meeting to order.\n'), [
    'present | Ann Roe | title=Mrs. | role=President', 'present | Ben Tate | title=Mr.', 'absent | Cy Voss | title=Mr.',
    'present | Di Ward | title=Ms. | role=Student Board Member | non-voting',
    'inAttendance | Eve Orr | title=Dr. | role=Superintendent', 'inAttendance | Fay Lund | title=Mrs. | role=Executive Assistant | recorder']);
});

test('the office a label names, on the label\'s own line: each listed gets it as their role; a preferential or advisory vote is how they sit', () => {
  assert.deepEqual(everything('Eastvale Unified School District\nBoard of Education\nRegular Meeting Minutes\nTuesday, March 3, 2026\n\nA. ROLL CALL\nTrustees Present: Ann Roe (President), Ben Tate\nStudent Board Member: Di Ward (preferential vote)\n\nB. ADJOURNMENT\nThe meeting adjourned at 8:00 p.m.\n'), [
    'present | Ann Roe | role=President', 'present | Ben Tate', 'present | Di Ward | role=Student Board Member | preferential vote']);
  assert.deepEqual(everything('Northby School District\nBoard of Trustees\nMinutes of the Regular Meeting, March 3, 2026\n\nPresent: Ann Roe (President), Ben Tate\nStudent Board Members: Cy Voss (advisory vote), Fay Lund\n\n1. CALL TO ORDER\nThe President called the meeting to order.\n'), [
    'present | Ann Roe | role=President', 'present | Ben Tate', 'present | Cy Voss | role=Student Board Member | advisory vote', 'present | Fay Lund | role=Student Board Member']);
});

test('a Markdown list with companies in brackets: a struck-through name with regrets is an apology, a guest for one topic, one alone with a company', () => {
  assert.deepEqual(everything('# Owl core team sync — 4 March 2026\n\n**Maintainers:** Ann Roe (Fernco, chair), Ben Tate (independent, notes), ~~Cy Voss (Fernco)~~ regrets\n**Guests:** Di Ward (Owlworks, for the plugin API topic), Fay Lund (first-time contributor)\n**Not present:** Eve Orr (Hollow Oak)\n\n## Release\n\n- Ann: rc1 is out.\n'), [
    'present | Ann Roe | role=chair | org=Fernco', 'present | Ben Tate | org=independent | notes', 'apologies | Cy Voss | org=Fernco',
    'inAttendance | Di Ward | org=Owlworks | for the plugin API topic', 'inAttendance | Fay Lund | role=first-time contributor', 'absent | Eve Orr | org=Hollow Oak']);
});

test('a board\'s office before the name is the role, the district in its bracket the organisation; an office\'s bracket of three parts is one role', () => {
  assert.deepEqual(everything('BOARD OF SUPERVISORS\nMINUTES OF THE REGULAR MEETING, March 3, 2026\n\nPresent:    Supervisor Ann Roe (District 1); Chair Ben Tate (District 2)\nAbsent:     Supervisor Cy Voss (District 3)\n\n1. CALL TO ORDER\nChair Tate called the meeting to order.\n'), [
    'present | Ann Roe | role=Supervisor | org=District 1', 'present | Ben Tate | role=Chair | org=District 2', 'absent | Cy Voss | role=Supervisor | org=District 3']);
  assert.deepEqual(everything('WESTHAM COUNTY COUNCIL\n\nCABINET COMMITTEE\n\nMINUTES of a meeting of the Cabinet Committee held on Wednesday, 4 March 2026.\n\nPRESENT: Mr A B Roe (Chairman), Mr C Tate and Mrs D Voss\n\nIN ATTENDANCE: Mrs E Ward (Corporate Director, Growth, Environment\nand Transport) and Mr F Orr (Democratic Services Officer)\n\n1.   Apologies\n     None.\n'), [
    'present | A B Roe | title=Mr | role=Chairman', 'present | C Tate | title=Mr', 'present | D Voss | title=Mrs',
    'inAttendance | E Ward | title=Mrs | role=Corporate Director, Growth, Environment and Transport', 'inAttendance | F Orr | title=Mr | role=Democratic Services Officer']);
  // near miss: (clerk) in small letters says who took the minutes; (Clerk) is an office
  assert.deepEqual([readQualifier('clerk')?.kind, readQualifier('Clerk')], ['minutes', undefined]);
});

test('an international body\'s roll call in its item: offices a line with the country code, experts by national body, a liaison\'s body before the dash', () => {
  assert.deepEqual(everything('ISO/IEC JTC 1/SC 9/WG 2\nMinutes of the 5th meeting of ISO/IEC JTC 1/SC 9/WG 2 (virtual), 2026-03-04\n\n1 Opening\nThe Convenor opened the meeting.\n\n2 Roll call\nConvenor: Ann Roe (SE)\nProject editor, ISO 12345-1: Ben Tate (JP)\nExperts, by national body:\n  FR  Cy Voss; Di Ward (first hour only)\n  NL  Eve Orr\nLiaison: Owl Alliance – Fay Lund\nApologies: CA  Gus Hale; IT  Al Bo\n\n3 Agenda\nThe agenda was adopted.\n'), [
    'present | Ann Roe | role=Convenor | org=SE', 'present | Ben Tate | role=Project editor, ISO 12345-1 | org=JP',
    'present | Cy Voss | org=FR', 'present | Di Ward | org=FR | first hour only', 'present | Eve Orr | org=NL',
    'present | Fay Lund | role=Liaison | org=Owl Alliance', 'apologies | Gus Hale | org=CA', 'apologies | Al Bo | org=IT']);
  const p = readPerson('DE  Petra Vogel');
  assert.equal(p && 'DE  Petra Vogel'.slice(p.org!.start, p.org!.end), 'DE');
  // near miss: letters that are the name's initials, first in a register, are no country
  assert.equal(readPerson('AR  Ann Roe')?.org, undefined);
});
