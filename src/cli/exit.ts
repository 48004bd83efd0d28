// Exit codes of every command (documented in README.md).
export const EXIT = {
  /** Success (warnings may have been printed). */
  OK: 0,
  /** The input has errors (validate, draft, bundle), or a bundle is tampered/unsigned (verify). */
  INVALID: 1,
  /** Bad invocation or unreadable input: unknown option, missing file, bad key file. */
  USAGE: 2,
  /** A bug in cica: an exception escaped. */
  INTERNAL: 3,
  /** Writing the output failed (disk full, permissions, an I/O error) after the invocation was accepted; the output
   *  folder is left as it was before the run. */
  IO: 4,
} as const;
