/**
 * The shape of a saved index view (`encodeView`'s data: ranges as four numbers), checked field
 * by field before a view is trusted. A part of the saved index is the server's own writing, but
 * it lies on disk: valid JSON of another shape (`items: [null]`) once made every workspace
 * request fail on every start. Every field the model declares is checked; fields it does not
 * declare are left alone (they are never read).
 */
import { CANONICAL } from './markup';
import { ACTION_STATUSES } from './workspace';

type Check = (v: unknown) => boolean;

const str: Check = (v) => typeof v === 'string';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const bool: Check = (v) => typeof v === 'boolean';
const position = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const range: Check = (v) => Array.isArray(v) && v.length === 4 && position(v[0]) && position(v[1]) && position(v[2]) && position(v[3]);
const oneOf = (...values: readonly unknown[]): Check => (v) => values.includes(v);
const list = (each: Check): Check => (v) => {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!each(v[i])) return false;
  return true;
};
const empty: Check = (v) => Array.isArray(v) && v.length === 0;

// (plain loops over arrays of the names and checks: every record of every view of a saved index is
// checked as a server starts, while the engine still interprets this code)
const has = Object.prototype.hasOwnProperty;
function record(required: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  const reqKeys = Object.keys(required);
  const reqChecks = reqKeys.map((k) => required[k]);
  const optKeys = Object.keys(optional);
  const optChecks = optKeys.map((k) => optional[k]);
  return (v) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    for (let i = 0; i < reqKeys.length; i++) if (!has.call(o, reqKeys[i]) || !reqChecks[i](o[reqKeys[i]])) return false;
    for (let i = 0; i < optKeys.length; i++) if (has.call(o, optKeys[i]) && !optChecks[i](o[optKeys[i]])) return false;
    return true;
  };
}

const located = (value: Check): Check => record({ value, range });
const block: Check = (v) => typeof v === 'string' && Object.prototype.hasOwnProperty.call(CANONICAL.blocks, v);
const dateValue = record({ text: str, range, year: num, month: num, day: num }, { iso: str, problem: str });
const mention = record({ text: str, range });
const personName = record({ words: list(str), display: str, surname: str, initials: str });
const person = record(
  { block, name: personName, written: str, range, nameRange: range, form: oneOf('colon', 'paren', 'dash', 'bare'), looseColon: bool },
  { role: str, initials: str, roleRange: range },
);
const peopleBlock = record({ kind: block, label: str, labelRange: range, canonicalLabel: bool, people: list(person), range });
const presenter = record({ names: list(mention), range, canonical: bool, leadRange: range }, { tail: located(str) });
const minuteNumber = record({ seq: num }, { year: num });
const dueDate = record({ text: str, range, nextMeeting: bool }, { date: dateValue });
const action = record(
  { index: num, text: str, range, textRange: range, bold: bool, owners: list(mention), ownerInferred: bool, insertAt: range },
  { keyword: located(str), due: dueDate },
);
const statusUpdate = record({ target: minuteNumber, action: num, status: oneOf(...ACTION_STATUSES), note: str, range, refRange: range });
const approval = record({ range }, { meetingDate: str });
const decision = record({ text: str, range, keyword: located(str) });
const reference = record({ target: minuteNumber, range }, { action: num });
const question = record({ text: str, range }, { asker: mention });
const optNum: Check = (v) => v === undefined || num(v);
const recordedVote = record({}, { for: optNum, against: optNum, abstain: optNum, ayes: list(mention), nays: list(mention), abstainers: list(mention), unanimous: bool, withoutVote: bool, countsRange: range, castingVote: mention });
const motion = record({ kind: oneOf('motion', 'amendment'), text: str, range, vote: recordedVote }, { mover: mention, seconder: mention, result: located(oneOf('carried', 'lost', 'withdrawn')) });
const interest = record({ member: mention, range }, { item: located(str), kind: located(str), action: located(oneOf('left', 'noPart', 'dispensation', 'remained')) });
const itemNumber = record({ seq: num, range, written: str }, { year: num, malformed: str, debris: str });
const item = record(
  {
    headRange: range, title: str, range, content: num, presenters: list(presenter), actions: list(action),
    decisions: list(decision), references: list(reference), questions: list(question),
  },
  { number: itemNumber, titleRange: range, agendaRef: str, section: num, motions: list(motion), interests: list(interest) },
);
const section = record({ title: str, headingRange: range, range, canonical: bool });
const agendaItem = record({ number: num, title: str, presenters: list(mention), range }, { time: str, kind: str });
const agenda = record({ items: list(agendaItem), sections: list(located(str)), range }, { title: located(str), date: dateValue });
const meeting = record(
  {
    dateField: bool, people: list(peopleBlock), sections: list(section), items: list(item), dates: list(dateValue),
    boldActions: bool, statusUpdates: list(statusUpdate), approvals: list(approval), range, startLine: num,
  },
  { title: located(str), date: dateValue, time: located(str), location: located(str), chair: located(str), nextMeeting: dateValue },
);

/** The data is a saved index view, every field of the shape the model declares. */
export const isSavedView: Check = record(
  // an index view keeps no variants (indexView empties them)
  { kind: oneOf('minutes', 'agenda', 'empty'), scheme: oneOf('year', 'per-meeting'), agendas: list(agenda), variants: empty, lineCount: position },
  { meeting },
);
