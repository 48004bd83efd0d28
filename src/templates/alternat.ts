// The alternat (issue 5, item 1): an instrument as one party's original shows it, that party named first in the
// party formula and signing in the left column, the others after it in their written order. Custody is a fact,
// not a courtesy: who keeps which original stays as written.
import { error, type Result, fail, ok } from '../diagnostics/index.js';
import type { Agreement, Instrument } from '../model/types.js';

/** Moves the first item that `is` picks to the front, keeping the rest in their order. */
function toFront<T>(list: readonly T[], is: (x: T) => boolean): T[] {
  const i = list.findIndex(is);
  return i <= 0 ? [...list] : [list[i]!, ...list.slice(0, i), ...list.slice(i + 1)];
}

/** The agreement as `firstParty`'s original: parties and signatories reordered, its own subtitle if it gives one. */
export function asOriginalOf(agreement: Agreement, firstParty: string): Result<Instrument> {
  if (agreement.kind === 'note') {
    return fail([error('FIRST_PARTY_UNKNOWN', `A note verbale has no parties, so it cannot be drafted as the original of "${firstParty}".`, {
      hint: 'Name a first party only for a memorandum or a protocol.',
    })]);
  }
  const party = agreement.parties.find((p) => p.id === firstParty);
  if (!party) {
    return fail([error('FIRST_PARTY_UNKNOWN', `"${firstParty}" is not a party of this agreement, so it cannot be named first.`, {
      hint: `The parties are: ${agreement.parties.map((p) => p.id).join(', ')}.`,
    })]);
  }
  const subtitle = party.alternatSubtitle ?? agreement.subtitle;
  return ok({
    ...agreement,
    ...(subtitle ? { subtitle } : {}),
    parties: toFront(agreement.parties, (p) => p.id === firstParty),
    signatories: toFront(agreement.signatories, (s) => s.party === firstParty),
  });
}
