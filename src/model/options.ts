// What the caller may tell the checks about the stages after them, without the model importing those stages.

export interface CheckOptions {
  /** Whether the documents' font can set a character (a code point). When given, every printed text is checked and a
   *  character it cannot set is a MISSING_GLYPH error at the character itself; the wiring (draft.ts) passes the
   *  font's own answer. */
  canSet?: (codePoint: number) => boolean;
}
