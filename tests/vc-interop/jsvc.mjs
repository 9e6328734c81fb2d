// Digital Bazaar's VC stack, set up for offline use: an eddsa-jcs-2022 signer and verifier,
// a static document loader (contexts from the npm packages that ship them, did:key resolved
// locally, did:web documents and status list credentials registered by the caller), and a
// thin wrapper around the `orbis` CLI. Shared by interop.test.mjs and
// bench/credentials_interop.mjs (which imports this file so that the packages resolve from
// this folder's node_modules).
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import * as eddsaJcs2022 from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {contexts as credentialsContexts} from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import {contexts as statusListContexts} from '@digitalbazaar/vc-bitstring-status-list-context';
import * as didKey from '@digitalbazaar/did-method-key';
import * as statusList from '@digitalbazaar/vc-bitstring-status-list';

export {vc, statusList, Ed25519Multikey};

const here = path.dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------
// Document loader

const staticContexts = new Map([
  ...credentialsContexts,
  ...dataIntegrityContext.contexts,
  ...multikeyContext.contexts,
  ...statusListContexts,
]);

const didKeyDriver = didKey.driver();
didKeyDriver.use({
  multibaseMultikeyHeader: 'z6Mk',
  fromMultibase: Ed25519Multikey.from,
});

// Returns a JSON-LD document loader that never touches the network. `documents` maps extra
// URLs (did:web DIDs, status list credential URLs) to the JSON they resolve to; a DID URL
// with a fragment resolves to the matching verification method of its DID's document.
export function makeDocumentLoader(documents = new Map()) {
  return async function documentLoader(url) {
    const found = (document) => ({contextUrl: null, documentUrl: url, document});
    if (staticContexts.has(url)) return found(staticContexts.get(url));
    if (documents.has(url)) return found(documents.get(url));
    if (url.startsWith('did:key:')) return found(await didKeyDriver.get({url}));
    const [did, fragment] = url.split('#');
    if (fragment !== undefined && documents.has(did)) {
      const didDocument = documents.get(did);
      const method = (didDocument.verificationMethod ?? []).find(
        (vm) => vm.id === url || new URL(vm.id, did).href === url ||
                vm.id === `#${fragment}`);
      if (method) return found({'@context': didDocument['@context'], ...method});
    }
    throw new Error(`offline document loader: no document for ${url}`);
  };
}

// ---------------------------------------------------------------------------------------
// Signing and verifying with @digitalbazaar/vc

// A fresh did:key issuer: {did, keyPair} with keyPair.id = did#fingerprint.
export async function generateDidKeyIssuer(seed) {
  const probe = await Ed25519Multikey.generate(seed ? {seed} : {});
  const did = `did:key:${probe.publicKeyMultibase}`;
  const keyPair = await Ed25519Multikey.from({
    ...(await probe.export({publicKey: true, secretKey: true, includeContext: true})),
    id: `${did}#${probe.publicKeyMultibase}`,
    controller: did,
  });
  return {did, keyPair};
}

export async function jsIssue(credential, keyPair, {documentLoader = makeDocumentLoader(),
                                                  date} = {}) {
  const suite = new DataIntegrityProof({
    signer: keyPair.signer(),
    cryptosuite: eddsaJcs2022.createSignCryptosuite(),
    ...(date ? {date} : {}),
  });
  const signed = await vc.issue({credential: structuredClone(credential), suite, documentLoader});
  // vc.issue shares one @context array between the document and its proof; a JSON round
  // trip makes the result what a file would hold.
  return JSON.parse(JSON.stringify(signed));
}

const verifySuite = new DataIntegrityProof({
  cryptosuite: eddsaJcs2022.createVerifyCryptosuite(),
});

// Verifies with @digitalbazaar/vc; returns its result ({verified, error, ...}). Never throws
// for a bad credential.
export async function jsVerify(credential, {documentLoader = makeDocumentLoader(),
                                           checkStatus, now} = {}) {
  return vc.verifyCredential({
    credential: structuredClone(credential),
    suite: verifySuite,
    documentLoader,
    ...(checkStatus ? {checkStatus} : {}),
    ...(now ? {now} : {}),
  });
}

// The first error message in a failed vc.verifyCredential result, for assertion messages.
export function firstError(result) {
  const errors = [result.error, ...(result.results ?? []).map((r) => r.error)];
  for (const error of errors.filter(Boolean)) {
    const inner = error.errors?.[0] ?? error;
    return inner.message ?? String(inner);
  }
  return '(no error reported)';
}

// ---------------------------------------------------------------------------------------
// The orbis CLI

const execFileAsync = promisify(execFile);

export function orbisBinary() {
  return process.env.ORBIS_BIN ??
         path.resolve(here, '../../build/src/app/orbis');
}

export function orbisAvailable() {
  return existsSync(orbisBinary());
}

// Runs orbis with `args`; resolves to {code, stdout, stderr} whatever the exit code.
export async function orbis(args, {env = {}} = {}) {
  try {
    const {stdout, stderr} = await execFileAsync(orbisBinary(), args, {
      env: {...process.env, ...env},
      maxBuffer: 1 << 30,
    });
    return {code: 0, stdout, stderr};
  } catch (error) {
    if (typeof error.code !== 'number') throw error;  // could not start the binary
    return {code: error.code, stdout: error.stdout, stderr: error.stderr};
  }
}
