/**
 * Attendance forms met in the tenth blind set (heldOut10, documents 01-05), each with an invented example of its
 * family and a near miss: a council's political groups under `PRESENT:` after a blank line, a substitute's bracket
 * wrapped; a guest under `For item X`; a Word table with a column of offices between the list's label and the
 * names; an initials-first table with its role cell wrapped; a trust's attendance told in the welcome minute's
 * sentences (`The Chair, A Roe (AR), opened …`, `Also present were …`, `In attendance were …`).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { matchGridHeader, matchOfficeOpened, matchPresentProse, readQualifier } from '#service/forms/index';
import { parse } from '#service';

/** Each person of a parsed meeting as `list | name | title | role | initials | org | category | qualifiers`, only what is there. */
function everything(text: string): string[] {
  return parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.title ? `title=${p.title}` : '', p.role ? `role=${p.role}` : '', p.initials ? `initials=${p.initials}` : '',
    p.organisation ? `org=${p.organisation}` : '', p.category ? `category=${p.category}` : '', ...(p.qualifiers ?? []).map((q) => q.text)].filter((s) => s !== '').join(' | ')));
}

const COUNCIL = 'WESTHAM BOROUGH COUNCIL\n\nAUDIT COMMITTEE\n\nMINUTES of a meeting of the Audit Committee held on Monday 2 March 2026 at 7.00 pm\n\nPRESENT:\n\n';
const ITEM = '\n11   MINUTES\n\n     RESOLVED – That the minutes be confirmed.\n';

test('a council\'s political groups under `PRESENT:` after a blank line: the group each member\'s body, a wrapped bracket and a wrapped post read whole', () => {
  assert.deepEqual(everything(`${COUNCIL}Independent Group: Councillors Ann Roe (Chair) and Ben\nTate\nGreen Group: Councillor Cy Voss (substitute for Councillor\nDi Ward)\n\nALSO PRESENT: Councillor Eve Orr, Cabinet Member for Parks and\nLeisure (for minute 12)\n\nAPOLOGIES: Councillor Di Ward\n${ITEM}`), [
    'present | Ann Roe | title=Councillor | role=Chair | org=Independent Group', 'present | Ben Tate | title=Councillor | org=Independent Group',
    'present | Cy Voss | title=Councillor | org=Green Group | substitute for Councillor Di Ward',
    'inAttendance | Eve Orr | title=Councillor | role=Cabinet Member for Parks and Leisure | for minute 12', 'apologies | Di Ward | title=Councillor']);
  // near miss: groups that are no political group's are the members' categories
  assert.deepEqual(everything(`${COUNCIL}Lay Members: Ann Roe (Chair) and Ben Tate\nStaff Members: Cy Voss and Di Ward\n${ITEM}`), [
    'present | Ann Roe | role=Chair | category=Lay Members', 'present | Ben Tate | category=Lay Members', 'present | Cy Voss | category=Staff Members', 'present | Di Ward | category=Staff Members']);
});

test('a guest under `For item X` among officers written post first: the item they came for is their qualifier, the officers above have none', () => {
  assert.deepEqual(everything('Westham District Council\nAudit Committee minutes: 2 March 2026\n\nMembers present\nAnn Roe (Chair) – Abbey ward\nBen Tate – Mill ward\nOfficers present\nHead of Finance – Cy Voss\nFor item AC12\nDi Ward – Audit Manager, Orr Audit LLP\n\nAC11 Minutes\nThe minutes were approved.\n'), [
    'present | Ann Roe | role=Chair | org=Abbey ward', 'present | Ben Tate | org=Mill ward', 'inAttendance | Cy Voss | role=Head of Finance',
    'inAttendance | Di Ward | role=Audit Manager, Orr Audit LLP | org=Orr Audit LLP | For item AC12']);
});

test('a Word table with a column of offices between the list\'s label and the names: the office each one\'s role, a plural title no one\'s, a count passed over', () => {
  assert.deepEqual(everything('WESTHAM PARISH COUNCIL\nMinutes of the Meeting of the Parish Council held on Monday 2 March 2026 at 7.30pm\n\nPresent:\tChairman\tCllr Ann Roe\n\tCouncillors\tCllrs Ben Tate, Cy Voss and Di Ward\nIn attendance:\tClerk\tMrs Eve Orr (minutes)\n\tPublic\t2 residents\nApologies:\tCllr Fay Lund\n\n26/01\tAPOLOGIES\nAccepted.\n'), [
    'present | Ann Roe | title=Cllr | role=Chairman', 'present | Ben Tate | title=Cllr', 'present | Cy Voss | title=Cllr', 'present | Di Ward | title=Cllr',
    'inAttendance | Eve Orr | title=Mrs | role=Clerk | minutes', 'apologies | Fay Lund | title=Cllr']);
});

test('an initials-first table under each list\'s heading: `Title` the post, a role cell wrapped onto a line of its own, `(secretariat)` who took the minutes', () => {
  assert.deepEqual(everything('Westham NHS Trust\n\nFINANCE COMMITTEE\n\nMinutes of the meeting held on Thursday 5 March 2026\n\nPresent:\nInitials\tName\tTitle\nAR\tAnn Roe\tCommittee Chair\nBT\tBen Tate\tFinance Director (from item 3)\n\nIn attendance:\nCV\tCy Voss\tAuditor, Westham Audit\n\t\tConsultancy (item 4 only)\nDW\tDi Ward\tGovernance Officer (secretariat)\n\n1.\tWelcome\n1.1\tAR welcomed members.\n'), [
    'present | Ann Roe | role=Committee Chair | initials=AR', 'present | Ben Tate | role=Finance Director | initials=BT | from item 3',
    'inAttendance | Cy Voss | role=Auditor, Westham Audit Consultancy | initials=CV | org=Westham Audit Consultancy | item 4 only',
    'inAttendance | Di Ward | role=Governance Officer | initials=DW | secretariat']);
  assert.equal(readQualifier('secretariat')?.kind, 'minutes');
  // near miss: the same headings with no list over them say no list (a table of something else)
  assert.equal(matchGridHeader('Initials\tName\tTitle'), undefined);
  assert.equal(matchGridHeader('Initials\tName\tTitle', 'present')?.role, 2);
});

test('attendance told in the welcome minute\'s sentences, wrapped over lines: the chair who opened it, those also present, in attendance, apologies accepted, an absence', () => {
  assert.deepEqual(everything('Westham Learning Trust\n\nBOARD OF TRUSTEES\n\nMinutes of the meeting held on Tuesday 3 March 2026 at 5.00pm\n\n26/01\tWelcome and apologies\nThe Chair, Ann Roe (AR), opened the meeting. Also present were trustees\nBen Tate (BT), Vice Chair; Cy Voss (CV), who joined by video; and Di Ward (DW),\nChief Executive. In attendance was Eve Orr (EO), Clerk (minutes).\nApologies were received from Fay Lund (FL), which trustees accepted. Gus Hale (GH)\nwas absent without apology.\n\n26/02\tMinutes\nApproved.\n'), [
    'present | Ann Roe | role=Chair | initials=AR', 'present | Ben Tate | role=Vice Chair | initials=BT', 'present | Cy Voss | initials=CV | joined by video',
    'present | Di Ward | role=Chief Executive | initials=DW', 'inAttendance | Eve Orr | role=Clerk | initials=EO | minutes',
    'apologies | Fay Lund | initials=FL | accepted', 'absent | Gus Hale | initials=GH | without apology']);
  // near misses: `present were` inside a sentence is no list's lead; a word that names no office before the name is no officer
  assert.deepEqual(matchPresentProse('The figures present were Ann Roe and Ben Tate.'), []);
  assert.deepEqual(matchOfficeOpened('The Report, Ann Roe, opened the discussion.'), []);
});
