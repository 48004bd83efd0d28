// The agreement paths of `validate` and `draft`: folders expanded as `bundle` expands them (src/bundle/inputs.ts),
// `-` standing for one agreement on standard input, named `<stdin>` in positions.
import { expandAgreementPaths } from '../bundle/inputs.js';
import { readStdinAs } from '../reader/index.js';

/** The files to read, or why the invocation is unusable (a usage error, exit 2). */
export async function agreementInputs(paths: readonly string[]): Promise<{ files: string[] } | { usage: string }> {
  if (paths.filter((p) => p === '-').length > 1) return { usage: "'-' (standard input) may be given once" };
  const { files, empty } = await expandAgreementPaths(paths);
  if (empty.length) return { usage: `no agreement files (*.yaml, *.yml) in ${empty.join(', ')}` };
  return { files: files.map((f) => (f === '-' ? readStdinAs() : f)) };
}
