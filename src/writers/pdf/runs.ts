// Groups a page's text items into runs: consecutive items on one baseline, in one face, size, grey, letter
// spacing, language and structure element, left to right, so that each run is painted as ONE TJ array (issue 4: one drawText a word costs too much).
import type { PageItem, TextItem } from '../../layout/types.js';

export type PaintStep = { kind: 'run'; items: TextItem[] } | { kind: 'rule'; item: Extract<PageItem, { kind: 'rule' }> };

const SAME_BASELINE = 1e-3;
const BACKWARDS = 1e-2;

/** Items with an opacity or a rotation (the watermark) stay alone: they need their own graphics state. */
function isPlain(item: TextItem): boolean {
  return (item.opacity ?? 1) >= 1 && !item.rotate;
}

function continues(run: TextItem[], item: TextItem): boolean {
  const last = run[run.length - 1]!;
  return (
    isPlain(last) &&
    isPlain(item) &&
    Math.abs(last.y - item.y) < SAME_BASELINE &&
    last.face === item.face &&
    last.lang === item.lang &&
    last.size === item.size &&
    (last.gray ?? 0) === (item.gray ?? 0) &&
    String(last.color) === String(item.color) &&
    (last.letterSpacing ?? 0) === (item.letterSpacing ?? 0) &&
    // One marked-content sequence a run: a run never crosses from one structure element (or artifact) to another.
    last.tag?.id === item.tag?.id &&
    last.artifact === item.artifact &&
    item.x >= last.x + last.width - BACKWARDS
  );
}

/** The painting steps of a page in the order the layout gave (later items paint over earlier ones). */
export function paintSteps(items: readonly PageItem[]): PaintStep[] {
  const steps: PaintStep[] = [];
  let run: TextItem[] | undefined;
  for (const item of items) {
    if (item.kind === 'text') {
      if (item.text.length === 0) continue;
      if (run && continues(run, item)) {
        run.push(item);
      } else {
        run = [item];
        steps.push({ kind: 'run', items: run });
      }
    } else if (item.kind === 'rule') {
      run = undefined;
      steps.push({ kind: 'rule', item });
    }
    // Links and anchors paint nothing; links.ts turns them into annotations and destinations.
  }
  return steps;
}
