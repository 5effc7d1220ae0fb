/**
 * The attendance printed after the items, in an annex, as an international body's summary record
 * prints it (`ANNEX – List of participants` ⏎ `Member State representatives` ⏎ `Austria⇥Ms Katrin
 * HOLZER (Chair)` … ⏎ `Apologies` ⏎ … ⏎ `Agency staff in attendance` ⏎ `Mr Hendrik VOSS, Executive
 * Director`): the annex's heading, then groups, each under a heading of its own that says which list
 * its people are on (or, naming only a body, `European Commission`, stays on the list above it).
 * Pure; never throws.
 */
import type { BlockKind } from '../markup';

/** The annex's heading: `ANNEX – List of participants`, `Annex 1: Attendance list`, `List of participants`, `APPENDIX A – ATTENDANCE`. */
const ANNEX_HEADING = /^[ \t]*(?:(?:annex|appendix|attachment)(?:[ \t]+[A-Z0-9]{1,4})?[ \t]*[–—:.-]?[ \t]*)?(?:list[ \t]+of[ \t]+(?:participants|attendees|those[ \t]+present)|attendance(?:[ \t]+list)?|participants)[ \t]*$/i;
/** An annex's own word before the list (`ANNEX –`), which a bare `Attendance` or `Participants` heading needs. */
const ANNEX_WORD = /^[ \t]*(?:annex|appendix|attachment|list[ \t]+of)\b/i;

export function isAttendanceAnnex(text: string): boolean {
  return text.length <= 80 && ANNEX_WORD.test(text) && ANNEX_HEADING.test(text);
}

const APOLOGIES = /\b(?:apolog\w*|excused|regrets)\b/i;
const ABSENT = /\babsent\b/i;
const SUBSTITUTES = /^[ \t]*substitut(?:es|e members)[ \t]*:?[ \t]*$/i;
const ATTENDING = /\b(?:in[ \t]+attendance|also[ \t]+(?:present|attending)|observers?|staff|secretariat|invited|guests?|experts?|speakers?|advis[eo]rs?)\b/i;
const MEMBERS = /\b(?:members?|representatives?|delegates?|delegations?|present|participants|governors|trustees|directors)\b/i;
/** A group's heading: a few words with a capital first, no title, no tab, no figure, no full stop. */
const GROUP = /^[ \t]*\p{Lu}[\p{L}'’&, -]{1,60}:?[ \t]*$/u;
const TITLED = /^[ \t]*(?:Mr|Ms|Mrs|Mme|Mlle|Dr|Prof|Sr|Sra|Hr|Fr)\.?[ \t]/;

/**
 * A group's heading in the annex and the list its people are on; `same` for a heading that names
 * only a body (`European Commission`, `EFTA States`): its people stay on the list of the group above.
 */
export function annexGroup(text: string): BlockKind | 'same' | undefined {
  if (text.length > 64 || !GROUP.test(text) || TITLED.test(text) || text.trim().split(/[ \t]+/).length > 6) return undefined;
  if (APOLOGIES.test(text)) return 'apologies';
  // (the substitutes who sat for members: present)
  if (SUBSTITUTES.test(text)) return 'present';
  if (ABSENT.test(text)) return 'absent';
  if (ATTENDING.test(text)) return 'inAttendance';
  if (MEMBERS.test(text)) return 'present';
  return 'same';
}
