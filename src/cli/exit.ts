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
} as const;
