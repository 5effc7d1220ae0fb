/**
 * The attendance forms of published minutes, as pure matchers a parser recogniser calls: text in,
 * spans and typed facts out, never throwing. See docs/markup.md, "Attendance in other layouts".
 */
export type { Span, Qualifier, QualifierKind, PersonMatch, PeopleListMatch } from './types';
export { shiftPerson } from './types';
export { readQualifier, looksLikeCode } from './qualifiers';
export { readPerson, matchPersonLine, matchNameColumns, matchPersonBullet } from './personLine';
export { matchInlineList, matchApologiesProse, matchAbsenceProse, matchSubstitution, splitList, sentenceEnd, type SubstitutionMatch } from './inline';
export { matchFlattenedTable, type FlattenedTableMatch, type TablePerson, type LineSpan } from './table';
export { matchBlockHeading, labelKind, type BlockHeadingMatch } from './headings';
export { matchLegend, type LegendEntry } from './legend';
export { matchPeopleBlock, type PeopleBlockMatch, type BlockPerson, type BlockOptions } from './block';
