// Runs a CLI entry point with stdout and stderr captured (the bundle tests' own; cli-validate has its own too).
export async function captured(run: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  const write = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  let out = '';
  let err = '';
  process.stdout.write = ((chunk: string) => ((out += chunk), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => ((err += chunk), true)) as typeof process.stderr.write;
  try {
    return { code: await run(), out, err };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
}
