// `node:module` as the snapshot's bundle sees it (scripts/bundle-cli.mjs points that bundle's imports of node:module
// here; nothing else uses this file). Node refuses to start from a snapshot whose builder loaded a CommonJS module
// through require (an internal assertion in node 20), yet the modules drafting needs load their data that way: the
// hyphenation patterns of the `hyphen` package, fflate's package.json, fontkit. So while the snapshot is built, the
// require that createRequire returns evaluates a module file itself, as node's loader would (the same wrapper
// arguments, `this` the module's exports, each file once), and keeps it; after the start, a module already kept is
// that one, and any other is loaded by node's own require. Resolution is node's own throughout.
import { createRequire as nodeCreateRequire, isBuiltin } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

interface Kept {
  exports: unknown;
  id: string;
  filename: string;
  loaded: boolean;
}

const kept = new Map<string, Kept>();

function evaluate(filename: string): unknown {
  const hit = kept.get(filename);
  if (hit) return hit.exports;
  const text = readFileSync(filename, 'utf8').replace(/^\uFEFF/, '');
  const module: Kept = { exports: {}, id: filename, filename, loaded: false };
  kept.set(filename, module);
  if (filename.endsWith('.json')) {
    module.exports = JSON.parse(text) as unknown;
  } else {
    const wrapper = vm.compileFunction(text, ['exports', 'require', 'module', '__filename', '__dirname'], { filename });
    wrapper.call(module.exports, module.exports, makeRequire(filename), module, filename, dirname(filename));
  }
  module.loaded = true;
  return module.exports;
}

function makeRequire(from: string): NodeJS.Require {
  const real = nodeCreateRequire(from);
  const require = ((id: string): unknown => {
    if (isBuiltin(id)) return real(id);
    if (v8.startupSnapshot.isBuildingSnapshot()) return evaluate(real.resolve(id));
    const filename = real.resolve(id);
    const hit = kept.get(filename);
    return hit ? hit.exports : real(filename);
  }) as NodeJS.Require;
  require.resolve = real.resolve;
  return require;
}

export function createRequire(from: string | URL): NodeJS.Require {
  return makeRequire(typeof from === 'string' && !from.startsWith('file:') ? from : fileURLToPath(from));
}
