// How much `cica verify` reads of one bag, a folder or a .zip alike: bundles are a few MiB and a few dozen files,
// so anything far past that is refused with a diagnostic before it is read (never an out-of-memory or a crash).

/** A bag, or all its files together, larger than this is refused; one file is bounded by it too. */
export const MAX_BAG_BYTES = 256 << 20;
/** Files and folders in one bag (a .zip's entries, a folder's entries at every depth). */
export const MAX_BAG_ENTRIES = 10_000;

export const mib = (bytes: number): string => `${bytes >> 20} MiB`;
