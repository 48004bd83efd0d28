// The signature check of `cica verify`: tagmanifest-sha256.txt.minisig against the tag manifest's bytes.
import { error, type Diagnostic } from '../diagnostics/index.js';
import { SIGNATURE, TAG_MANIFEST } from './bag-text.js';
import { keyIdHex, type PublicKey } from './minisign-keys.js';
import { parseMinisign, verifyMinisign } from './minisign-sign.js';

export interface SignatureReport {
  signed: boolean;
  keyId?: string;
  trustedComment?: string;
  /** True only when a public key was given and the signature holds. */
  verified: boolean;
  problems: Diagnostic[];
}

export function checkSignature(
  bundle: string, sigText: string | undefined, tagManifest: Uint8Array | undefined, pub: PublicKey | undefined,
): SignatureReport {
  const at = { span: { file: `${bundle}/${SIGNATURE}`, start: { line: 1, col: 1 } } };
  if (sigText === undefined) {
    const problems = pub
      ? [error('SIGNATURE_MISSING', 'The bundle is not signed, but a public key was given: it cannot be trusted as coming from the key holder.', { span: { file: bundle, start: { line: 1, col: 1 } } })]
      : [];
    return { signed: false, verified: false, problems };
  }
  const sig = parseMinisign(sigText);
  if (!sig) return { signed: true, verified: false, problems: [error('SIGNATURE_MALFORMED', 'The signature file is not a minisign signature.', at)] };
  const report = { signed: true, keyId: keyIdHex(sig.keyId), trustedComment: sig.trustedComment };
  if (!pub || !tagManifest) return { ...report, verified: false, problems: [] };
  const check = verifyMinisign(tagManifest, sig, pub);
  const problems: Diagnostic[] = [];
  if (check === 'wrong-key') {
    problems.push(error('SIGNATURE_WRONG_KEY', `The bundle is signed with key ${keyIdHex(sig.keyId)}, not with the given key ${keyIdHex(pub.keyId)}.`, at));
  } else if (check === 'bad-signature') {
    problems.push(error('SIGNATURE_INVALID', `The signature does not match ${TAG_MANIFEST}: the bundle was changed after signing.`, at));
  } else if (check === 'bad-comment-signature') {
    problems.push(error('SIGNATURE_COMMENT_INVALID', 'The trusted comment of the signature was changed after signing.', { ...at, span: { ...at.span, start: { line: 3, col: 1 } } }));
  }
  return { ...report, verified: check === 'valid', problems };
}
