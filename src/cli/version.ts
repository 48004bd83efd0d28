// The package version, read once from package.json (two levels above dist/cli and src/cli).
// Read as text: require() of JSON costs a cold start ~10 ms more (issue 13 §2).
import { readFileSync } from 'node:fs';

export const VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
