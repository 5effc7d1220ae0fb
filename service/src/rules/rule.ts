/** What a rule is and what it finds. Each rule lives in its own module beside this one. */
import type { Item, MinutesDocument, Meeting } from '../model';
import type { MeetingRecord, WorkspaceModel } from '../workspace';
import type { Range, TextEdit } from '../types';
import type { MinutesSettings, Severity } from '../settings';

export interface Fix {
  /** What the fix does, in a clerk's words ("Insert minute number 082/22"). */
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly preferred?: boolean;
}

export interface Finding {
  readonly code: string;
  readonly range: Range;
  readonly message: string;
  readonly fixes: readonly Fix[];
  /** Where the light bulb offers the fixes, when wider than the squiggle (the whole line the fix edits); else `range`. */
  readonly offeredOn?: Range;
  readonly related?: ReadonlyArray<{ readonly range: Range; readonly message: string }>;
}

export interface RuleContext {
  readonly doc: MinutesDocument;
  readonly meeting: Meeting;
  readonly lines: readonly string[];
  readonly settings: MinutesSettings;
  /** The date "today" for fixes that insert one; injected so results are repeatable. */
  readonly today: Date;
}

/** What a rule that reads across meetings sees: the workspace and the meeting being checked. */
export interface WorkspaceRuleContext {
  readonly model: WorkspaceModel;
  readonly record: MeetingRecord;
  readonly settings: MinutesSettings;
}

export interface Rule<Name extends string = string> {
  /** Stable code, `minutes/<name>`; `minutes.diagnostics.<name>` sets its severity. */
  readonly code: `minutes/${Name}`;
  readonly name: Name;
  readonly severity: Severity;
  /** One sentence for the settings page. */
  readonly description: string;
  /** Checks one document on its own. */
  check(ctx: RuleContext): Finding[];
  /** Checks one meeting against the others of the workspace. */
  checkWorkspace(ctx: WorkspaceRuleContext): Finding[];
  /**
   * For a rule whose findings on a document are those of each item in turn, and depend only on
   * the item, the meeting's people, its next meeting's date and the settings: one item's findings,
   * so that an item an edit did not touch keeps the findings it had.
   */
  readonly checkItem?: (ctx: RuleContext, item: Item) => Finding[];
  /**
   * Whether the rule still speaks on an archive, a meeting whose minutes were approved or
   * published (archive.ts): true for what a clerk can still act on there (numbering across
   * meetings, references, the life of actions); false for what would change the agreed record
   * (see `draftsOnly`).
   */
  readonly inArchives: boolean;
  /**
   * For a rule whose fixes need no human choice: the title of the one code action that makes all
   * its fixable findings of a document at once (`n` of them), declared with `fixAll`.
   */
  readonly fixAllTitle?: (n: number) => string;
  /**
   * True for a rule whose preferred fix only writes a construct in the markup's canonical form,
   * keeping its words: import makes these fixes (publish/import.ts). Declared with `canonicalising`.
   */
  readonly canonicalising?: true;
}

export function defineRule<Name extends string>(
  name: Name, severity: Severity, description: string,
  check: ((ctx: RuleContext, code: string) => Finding[]) | null,
  checkWorkspace?: (ctx: WorkspaceRuleContext, code: string) => Finding[],
): Rule<Name> {
  const code = `minutes/${name}` as const;
  return {
    code, name, severity, description,
    check: (ctx) => (check ? check(ctx, code) : []),
    checkWorkspace: (ctx) => (checkWorkspace ? checkWorkspace(ctx, code) : []),
    inArchives: true,
  };
}

/** A rule that looks at one item at a time (see `Rule.checkItem`). */
export function defineItemRule<Name extends string>(
  name: Name, severity: Severity, description: string,
  checkItem: (ctx: RuleContext, item: Item, code: string) => Finding[],
): Rule<Name> {
  const code = `minutes/${name}` as const;
  return {
    code, name, severity, description,
    check: (ctx) => {
      // a loop, not flatMap: flatMap costs a call into the runtime for each item, most of which find nothing
      const out: Finding[] = [];
      for (const item of ctx.meeting.items) for (const f of checkItem(ctx, item, code)) out.push(f);
      return out;
    },
    checkWorkspace: () => [],
    checkItem: (ctx, item) => checkItem(ctx, item, code),
    inArchives: true,
  };
}

/**
 * A rule for minutes still being written: silent on an archive (approved or published minutes),
 * where what it asks (a number rewritten, an owner added, a name added to the lists) would change
 * a record nobody may change. Written around the rule's definition, so the rule says it itself.
 */
export function draftsOnly<R extends Rule>(rule: R): R {
  return { ...rule, inArchives: false };
}

/** A rule whose fixable findings may all be made at once, by one code action of this title (the other rules' fixes each need a human choice). */
export function fixAll<R extends Rule>(title: (n: number) => string, rule: R): R {
  return { ...rule, fixAllTitle: title };
}

/** A rule whose preferred fix writes a published form as the markup's own, keeping the words: import makes its fixes. */
export function canonicalising<R extends Rule>(rule: R): R {
  return { ...rule, canonicalising: true };
}
