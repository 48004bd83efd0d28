// Words an officer may write for a field of the format, too far from its name for an edit distance to find
// ("abbreviation" for `abbr`, "appendix" for `annexes`): the did-you-mean of UNKNOWN_KEY names the field.
const SYNONYMS: Record<string, readonly string[]> = {
  abbr: ['abbreviation', 'acronym', 'abbrev'],
  short: ['shortname', 'short_name', 'shortform'],
  annexes: ['annex', 'appendix', 'appendices', 'attachments', 'schedules', 'annexe'],
  article: ['finalarticle', 'final_article', 'finalprovisions', 'final_provisions', 'provisions'],
};

/** The known field `key` stands for, when it is a synonym of one offered here. */
export function synonymOf(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  return Object.entries(SYNONYMS).find(([field, words]) => known.includes(field) && words.includes(lower))?.[0];
}
