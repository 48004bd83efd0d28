// Rejects YAML features an agreement never needs: anchors/aliases (and alias bombs), explicit tags, merge keys.
import { isAlias, isPair, isScalar, visit, type Document } from 'yaml';
import { type Diagnostic, error } from '../diagnostics/index.js';
import type { Locator } from './positions.js';

/** More aliases than this is no longer a mistake but an expansion bomb ("billion laughs"): one diagnostic. */
export const MAX_ALIASES = 10;

export function checkYamlFeatures(doc: Document.Parsed, locator: Locator): Diagnostic[] {
  const anchors: Diagnostic[] = [];
  const aliases: Diagnostic[] = [];
  const other: Diagnostic[] = [];
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      aliases.push(error('YAML_ALIAS', `An alias (*${node.source}) repeats text from elsewhere; agreements spell every text out.`, {
        span: locator.span(node.range?.[0] ?? 0), hint: 'Write the text out in full in this place.',
      }));
      return;
    }
    if (isPair(node)) {
      if (isScalar(node.key) && node.key.value === '<<') {
        other.push(error('YAML_MERGE', 'A merge key (<<) is not allowed in an agreement.', {
          span: locator.span(node.key.range?.[0] ?? 0), hint: 'Write the keys out in full.',
        }));
      }
      return;
    }
    if (node && typeof node === 'object' && 'range' in node) {
      const n = node as { anchor?: string; tag?: string; range?: [number, number, number] | null };
      const offset = n.range?.[0] ?? 0;
      if (n.anchor) {
        anchors.push(error('YAML_ALIAS', `An anchor (&${n.anchor}) is not allowed in an agreement.`, {
          span: anchorSpan(locator, offset, n.anchor), hint: 'Delete the anchor; spell every text out.',
        }));
      }
      if (n.tag) {
        other.push(error('YAML_TAG', `An explicit YAML tag (${n.tag}) is not allowed in an agreement.`, {
          span: tagSpan(locator, offset, n.tag ?? ''), hint: 'Delete the tag; write the value plainly.',
        }));
      }
    }
  });
  if (aliases.length > MAX_ALIASES) {
    return [
      error('ALIAS_LIMIT', `The file uses ${aliases.length} aliases, which could expand into an enormous document; it is not read further.`, {
        span: aliases[0]!.span, hint: 'Agreements spell every text out: remove the anchors (&) and aliases (*).',
      }),
      ...other,
    ];
  }
  return [...anchors, ...aliases, ...other];
}

/** The node's range starts after `&name`; point at the `&` itself, searching back a little. */
function anchorSpan(locator: Locator, offset: number, name: string) {
  const at = locator.text.lastIndexOf(`&${name}`, offset);
  return locator.span(at >= 0 && offset - at < 200 ? at : offset);
}

function tagSpan(locator: Locator, offset: number, tag: string) {
  const short = tag.startsWith('tag:yaml.org,2002:') ? '!!' + tag.slice(18) : tag;
  const at = locator.text.lastIndexOf(short, offset);
  return locator.span(at >= 0 && offset - at < 200 ? at : offset);
}
