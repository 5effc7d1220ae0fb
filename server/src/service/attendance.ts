/**
 * Who a name in the text refers to: a person in the people blocks (by full name, surname,
 * initials or a shortened first name), a role ("Chief Constable"), or a body ("WMP").
 */
import type { Meeting, Person } from './model';
import { DEFAULT_BODIES } from './markup';
import { editDistance, parseName } from './people';

export type Resolution =
  | { readonly kind: 'person'; readonly person: Person }
  /** A role: held by `person` in this meeting's lists, or a role title nobody here holds ("Chief Constable"). */
  | { readonly kind: 'role'; readonly person?: Person }
  | { readonly kind: 'body' }
  | { readonly kind: 'unknown'; readonly suggestion?: Person };

export function allPeople(meeting: Meeting): Person[] {
  return meeting.people.flatMap((b) => b.people);
}

const BODY_WORDS = /\b(?:police|council|board|team|office|service|services|department|unit|panel|committee|commission|authority|partnership|force|secretariat|group)$/i;
const ROLE_WORDS = /^(?:the\s+)?(?:(?:deputy|assistant|acting|interim|chief|head|vice|joint)\s+)*(?:chief constable|constable|commissioner|chief executive|executive|officer|finance officer|director|head of [\w\s&]+|manager|board member|member|chair(?:man|woman|person)?|secretary|clerk|treasurer|superintendent|inspector|lead|coordinator|adviser|advisor|controller)$/i;

function norm(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, '').replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();
}

function firstNamesAgree(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.startsWith(y) || y.startsWith(x) || x[0] === y[0];
}

export function resolveMention(text: string, meeting: Meeting, bodies: readonly string[] = []): Resolution {
  const people = allPeople(meeting);
  const wanted = norm(text);
  if (wanted.length === 0) return { kind: 'body' };
  if (/^[A-Z]{2,6}$/.test(text.trim())) {
    const byInitials = people.find((p) => (p.initials ?? '') === text.trim());
    if (byInitials) return { kind: 'person', person: byInitials };
    if (!people.some((p) => p.name.initials === text.trim())) return { kind: 'body' };
    const computed = people.filter((p) => p.name.initials === text.trim());
    if (computed.length === 1) return { kind: 'person', person: computed[0] };
    return { kind: 'body' };
  }
  for (const b of [...DEFAULT_BODIES, ...bodies]) if (norm(b) === wanted) return { kind: 'body' };
  const role = people.find((p) => p.role && (norm(p.role) === wanted || norm(p.role.split(',')[0]) === wanted));
  const name = parseName(text);
  if (name) {
    const full = norm(name.display);
    const exact = people.find((p) => norm(p.name.display) === full);
    if (exact) return { kind: 'person', person: exact };
    const sameSurname = people.filter((p) => p.name.surname.toLowerCase() === name.surname.toLowerCase());
    if (name.words.length === 1 && sameSurname.length === 1) return { kind: 'person', person: sameSurname[0] };
    const agreeing = sameSurname.filter((p) => firstNamesAgree(p.name.words[0], name.words[0]));
    if (name.words.length > 1 && agreeing.length === 1) return { kind: 'person', person: agreeing[0] };
  }
  if (role) return { kind: 'role', person: role };
  // A body written out in words: "West Midlands Police", "Birmingham City Council", "the Finance Team"
  if (BODY_WORDS.test(text.trim())) return { kind: 'body' };
  // A role survives a change of staff: "Chief Constable" owns an action whoever holds the post
  if (ROLE_WORDS.test(text.trim())) return { kind: 'role' };
  let best: Person | undefined;
  let bestD = 99;
  const display = name?.display ?? text;
  for (const p of people) {
    const d = Math.min(editDistance(display, p.name.display), name && name.words.length === 1 ? editDistance(name.surname, p.name.surname) : 99);
    if (d < bestD) { bestD = d; best = p; }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(display.length / 4)));
  return { kind: 'unknown', suggestion: bestD <= limit ? best : undefined };
}
