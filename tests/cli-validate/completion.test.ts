// `cica completion bash|zsh|fish` (issue 13 §4): scripts made from commander's own commands and options; the bash
// one parses (`bash -n`) and completes as a user would see it.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = join(process.cwd(), 'bin/cica');
const BUILT = existsSync('dist/cli/completion.js');
if (!BUILT) console.warn('skipping the completion tests: dist/ is not built (run `npx tsc -p .`)');
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const cica = (...args: string[]) => spawnSync('node', [CLI, ...args], { encoding: 'utf8' });

describe.skipIf(!BUILT)('cica completion', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cica-completion-'));
  const script = (shell: string): string => {
    const r = cica('completion', shell);
    expect(r.status, r.stderr).toBe(0);
    const file = join(dir, `cica.${shell}`);
    writeFileSync(file, r.stdout);
    return file;
  };

  it('the bash script is valid bash (bash -n) and names every command of `cica --help`', () => {
    const file = script('bash');
    const check = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    const help = cica('--help').stdout;
    const commands = [...help.slice(help.indexOf('Commands:')).matchAll(/^ {2}([a-z]+)/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands).toContain('bundle');
    const text = spawnSync('cat', [file], { encoding: 'utf8' }).stdout;
    for (const c of commands) expect(text, c).toContain(`/${c}`);
  });

  it('completes commands, subcommands, options and choices in bash', () => {
    const file = script('bash');
    const complete = (line: string): string[] => {
      const words = line.split(' ');
      const program = `source ${JSON.stringify(file)}; COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')}); COMP_CWORD=${words.length - 1}; _cica; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const r = spawnSync('bash', ['-c', program], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout.split('\n').filter(Boolean);
    };
    expect(complete('cica dr')).toEqual(['draft']);
    expect(complete('cica templates ')).toEqual(['export']);
    expect(complete('cica draft --page-size ')).toEqual(['A4', 'Letter']);
    expect(complete('cica bundle --sh')).toEqual(['--shard']);
    expect(complete('cica validate --st')).toEqual(['--strict']);
    expect(complete('cica completion ')).toEqual(['bash', 'zsh', 'fish']);
    expect(complete('cica draft memo.yaml --out ')).toEqual([]); // bash's own file names (complete -o default)
  });

  it.skipIf(!has('zsh'))('the zsh script is valid zsh (zsh -n)', () => {
    expect(spawnSync('zsh', ['-n', script('zsh')]).status).toBe(0);
  });

  it.skipIf(!has('fish'))('the fish script is valid fish (fish -n)', () => {
    expect(spawnSync('fish', ['-n', script('fish')]).status).toBe(0);
  });

  it('refuses an unknown shell (exit 2)', () => {
    const r = cica('completion', 'powershell');
    expect(r.status).toBe(2);
  });
});
