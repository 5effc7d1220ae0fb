/**
 * What the attendance forms return: spans (offsets within the text the matcher was given, so the
 * parser can make exact ranges) and typed facts. Pure data; no matcher throws.
 */
import type { BlockKind } from '../markup';

export interface Span { readonly start: number; readonly end: number }

/**
 * A fact written beside a name that is neither the name nor the role: kept as data so that a
 * later rule can use it (an arrival, a substitute, a part of the meeting).
 */
export type QualifierKind =
  | 'chair'        // (Chair), (Vice-Chair), (TSC, chair)
  | 'substitute'   // this person is the substitute: (substitute), (substitute for X), (for DP)
  | 'substitutedBy' // this person sent a substitute: `– Councillor X substituting`, (represented by X)
  | 'from'         // (from item 4), [from minute 2251]
  | 'until'        // (to PC24/066), [until minute 2256]
  | 'only'         // (item 118 only), (items 1–8), [minute 2254]
  | 'arrived'      // arrived 7.45pm
  | 'left'         // left at 8.30pm
  | 'part'         // (part meeting), [last_20_minutes]
  | 'remote'       // (by phone), [IRC_only]
  | 'excused'      // (excused), (unexplained)
  | 'consented'    // CONSENTED
  | 'notConsented' // absence not consented
  | 'minutes'      // (minutes): the note taker
  | 'observer'     // (observer), (observing)
  | 'guest'        // (guest, release team)
  | 'note';        // (work commitment), for late arrival: a reason written beside the name

export interface Qualifier {
  readonly kind: QualifierKind;
  readonly start: number;
  readonly end: number;
  /** The item, minute, time or person the qualifier names (`4`, `PC24/066`, `7.45pm`, `Y`). */
  readonly value?: string;
}

export interface PersonMatch {
  /** The whole person, name to last qualifier. */
  readonly start: number;
  readonly end: number;
  /** The name with its title (`Cllr J Pemberton`, `Amara_Quist`). */
  readonly name: Span;
  readonly role?: Span;
  /** A council, ward or organisation written beside the role (`Ashby MBC`, `Students' Union`). */
  readonly org?: Span;
  /** Initials written by the clerk: `(SF)`, `[KA]`, `SF`. The span holds the letters only. */
  readonly initials?: Span;
  /** `@handle`, without the `@`. */
  readonly handle?: Span;
  /** A membership category code (`FG`, `CoG`), read with the legend (legend.ts). */
  readonly category?: Span;
  readonly qualifiers: readonly Qualifier[];
  /** A bracket the line leaves open (`(Vice-`): the role or qualifier continues on the next line. */
  readonly unclosed?: Span;
  /** The title a list wrote once, in the plural, for every name after it (`Councillors A, B and C`: `Councillor`). */
  readonly sharedTitle?: string;
  /** A mark written after the name (`Rajiv Menon †`) that a key under the lists explains (`† joined via Teams`). */
  readonly mark?: Span;
}

/** A list of people with the kind of block it belongs to, when the text says it. */
export interface PeopleListMatch {
  readonly kind?: BlockKind;
  /** `Present:`, `Apologies were received from` … */
  readonly label?: Span;
  /** The role a one-person label gives (`Mayor: Annika Lindqvist`, `Chair: …`). */
  readonly role?: string;
  readonly people: readonly PersonMatch[];
  /** Parts of the list that are not people (`four members of the public`), so no word is lost. */
  readonly others: readonly Span[];
  /**
   * Parts of `others` that say someone came or went (`Cllr B Lyle left (from EP25/044)`): the name and the fact, a
   * departure or an arrival, whose person may be listed already (a member present who left).
   */
  readonly comings?: readonly PersonMatch[];
}

export function shift<T extends { start: number; end: number }>(s: T, by: number): T {
  return { ...s, start: s.start + by, end: s.end + by };
}

/** Moves a person found in a slice of the text to offsets within the whole text. */
export function shiftPerson(p: PersonMatch, by: number): PersonMatch {
  if (by === 0) return p;
  const o = <S extends Span | undefined>(s: S): S => (s ? shift(s, by) : s) as S;
  return {
    start: p.start + by, end: p.end + by, name: shift(p.name, by), role: o(p.role), org: o(p.org),
    initials: o(p.initials), handle: o(p.handle), category: o(p.category), unclosed: o(p.unclosed), qualifiers: p.qualifiers.map((q) => shift(q, by)),
    ...(p.sharedTitle !== undefined ? { sharedTitle: p.sharedTitle } : {}), ...(p.mark ? { mark: shift(p.mark, by) } : {}),
  };
}
