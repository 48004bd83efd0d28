// The rendering commands' last step: every file of the run into --out, or none (commit.ts), and what to say when
// that fails: a folder that cannot take the files is a bad invocation (exit 2), a failed write exit 4.
import { commitFiles, CommitRefused, ioReason } from './commit.js';
import { EXIT } from './exit.js';
import type { Output } from './output.js';

/** Writes `files` into `out` (replacing what is there); undefined when written, else the exit code, said on stderr. */
export async function writeOutputs(
  io: Output, command: string, out: string, files: readonly { path: string; bytes: Uint8Array }[], durable = true,
): Promise<number | undefined> {
  try {
    await commitFiles(out, files, { replace: true, durable });
    return undefined;
  } catch (err) {
    if (err instanceof CommitRefused) {
      io.err(`cica ${command}: cannot write into ${out}: ${err.message}; nothing written`);
      return EXIT.USAGE;
    }
    io.err(`cica ${command}: writing into ${out} failed (${ioReason(err)}); nothing written, the folder is as it was`);
    return EXIT.IO;
  }
}
