// Orbis ↔ @digitalbazaar/vc interoperability, offline. Needs the orbis binary (ORBIS_BIN,
// default ../../build/src/app/orbis); every test skips when it is missing and fails when the
// two implementations disagree. See README.md.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, rm, writeFile, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {
  makeDocumentLoader, generateDidKeyIssuer, jsIssue, jsVerify, firstError, statusList,
  Ed25519Multikey, orbis, orbisBinary, orbisAvailable,
} from './jsvc.mjs';
import {
  exchangeCompletion, transcriptOfRecords, summerSchoolCertificate, edgeCaseText,
} from './fixtures.mjs';

const available = orbisAvailable();
const missing = `orbis binary not found at ${orbisBinary()} (build it or set ORBIS_BIN)`;

// Declares a test that skips (with the reason) when the binary is missing.
function interop(name, body) {
  test(name, async (t) => {
    if (!available) {
      t.skip(missing);
      return;
    }
    await body(t);
  });
}

let dir;          // temporary directory for keys, inputs and outputs
let env;          // {ORBIS_KEK}
let keyFile;      // Orbis did:key issuer key
let orbisDid;     // its DID
let webKeyFile;   // Orbis did:web issuer key
let webDid;
let webDidDocument;
let counter = 0;

const WEB_DID = 'did:web:orbis.example.edu';

async function writeJson(value, name = `doc-${++counter}.json`) {
  const file = path.join(dir, name);
  await writeFile(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

// Signs `input` (an object, array or JSON text) with `orbis credential sign`.
async function orbisSign(input, key = keyFile) {
  const run = await orbis(['credential', 'sign', '--key', key, '--in', await writeJson(input)],
                          {env});
  assert.equal(run.code, 0, `orbis credential sign failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

// Runs `orbis verify` on `credential` (object, array or JSON text); {code, report, stderr}.
async function orbisVerify(credential, extraArgs = ['--no-status']) {
  const run = await orbis(['verify', await writeJson(credential), ...extraArgs]);
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    report = run.stdout;
  }
  return {code: run.code, report, stderr: run.stderr};
}

function describeRun({code, report, stderr}) {
  return `exit ${code}; report ${JSON.stringify(report)}; stderr ${stderr}`;
}

// A DID document for an Orbis did:web key, built from the key file's public fields the way
// docs/credentials.md describes `did_document`.
function didDocumentFor(keyFileJson) {
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: keyFileJson.issuer,
    verificationMethod: [{
      id: keyFileJson.verificationMethod,
      type: 'Multikey',
      controller: keyFileJson.issuer,
      publicKeyMultibase: keyFileJson.publicKeyMultibase,
    }],
    assertionMethod: [keyFileJson.verificationMethod],
  };
}

// Copies of a signed credential that must no longer verify.
function tamperings(signed) {
  const copy = () => JSON.parse(JSON.stringify(signed));
  const subject = (c) => Array.isArray(c.credentialSubject) ? c.credentialSubject[0]
                                                            : c.credentialSubject;
  const out = [];
  {
    const c = copy();
    subject(c).name = `${subject(c).name}.`;
    out.push(['subject name changed', c]);
  }
  {
    const c = copy();
    // a string or number inside a nested object or array, as deep as the first path goes
    const leaf = (node, depth) => {
      for (const k of Object.keys(node)) {
        const found = node[k] !== null && typeof node[k] === 'object' &&
                      leaf(node[k], depth + 1);
        if (found) return found;
      }
      const k = Object.keys(node).find((name) => ['string', 'number'].includes(
        typeof node[name]));
      return depth > 0 && k !== undefined ? [node, k] : undefined;
    };
    const found = leaf(subject(c), 0);
    assert.notEqual(found, undefined, 'no nested value to change');
    const [holder, key] = found;
    holder[key] = typeof holder[key] === 'string' ? `${holder[key]}X` : holder[key] + 1;
    out.push([`nested value changed (${key})`, c]);
  }
  {
    const c = copy();
    subject(c).honours = 'summa cum laude';
    out.push(['member added to the subject', c]);
  }
  {
    const c = copy();
    c.validUntil = '2099-01-01T00:00:00Z';
    out.push(['top-level member added', c]);
  }
  {
    const c = copy();
    c.type = [...c.type].reverse();
    out.push(['array order changed', c]);
  }
  {
    const c = copy();
    c.proof.created = '2020-01-01T00:00:00Z';
    out.push(['proof created changed', c]);
  }
  return out;
}

before(async () => {
  if (!available) return;
  dir = await mkdtemp(path.join(tmpdir(), 'orbis-vc-interop-'));
  const kek = await orbis(['key', 'kek']);
  assert.equal(kek.code, 0, `orbis key kek failed: ${kek.stderr}`);
  env = {ORBIS_KEK: kek.stdout.trim()};

  keyFile = path.join(dir, 'issuer-key.json');
  const generated = await orbis(['key', 'generate', '--out', keyFile], {env});
  assert.equal(generated.code, 0, `orbis key generate failed: ${generated.stderr}`);
  orbisDid = generated.stdout.trim();
  assert.match(orbisDid, /^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+$/);

  webKeyFile = path.join(dir, 'web-issuer-key.json');
  const web = await orbis(['key', 'generate', '--out', webKeyFile, '--did', WEB_DID], {env});
  assert.equal(web.code, 0, `orbis key generate --did failed: ${web.stderr}`);
  webDid = web.stdout.trim();
  assert.equal(webDid, WEB_DID);
  webDidDocument = didDocumentFor(JSON.parse(await readFile(webKeyFile, 'utf8')));
});

after(async () => {
  if (dir) await rm(dir, {recursive: true, force: true});
});

// ---------------------------------------------------------------------------------------
// a. Orbis issues → @digitalbazaar/vc verifies

const orbisCases = () => [
  ['exchange completion, issuer filled in by Orbis', exchangeCompletion()],
  ['transcript of records, issuer given', transcriptOfRecords(orbisDid)],
  ['summer-school certificate, issuer object without id', summerSchoolCertificate({
    name: 'Fudan University 复旦大学', image: 'https://example.edu/logo.png'})],
  ['canonicalization edge cases (numbers, UTF-16 member order, escapes)', edgeCaseText()],
];

interop('a. Orbis-issued credentials verify in @digitalbazaar/vc; tampered copies do not',
  async (t) => {
    for (const [name, unsigned] of orbisCases()) {
      await t.test(name, async () => {
        const signed = await orbisSign(unsigned);
        const issuer = typeof signed.issuer === 'object' ? signed.issuer.id : signed.issuer;
        assert.equal(issuer, orbisDid);
        assert.equal(signed.proof.cryptosuite, 'eddsa-jcs-2022');

        const result = await jsVerify(signed);
        assert.equal(result.verified, true,
          `JS rejects an Orbis credential: ${firstError(result)}\n${JSON.stringify(signed)}`);

        const own = await orbisVerify(signed);
        assert.equal(own.code, 0, `Orbis rejects its own credential: ${describeRun(own)}`);

        for (const [change, tampered] of tamperings(signed)) {
          const bad = await jsVerify(tampered);
          assert.equal(bad.verified, false, `JS accepts a tampered copy (${change})`);
          const orbisBad = await orbisVerify(tampered);
          assert.equal(orbisBad.code, 1, `Orbis on a tampered copy (${change}): ` +
                                         describeRun(orbisBad));
        }
      });
    }
  });

interop('a. an Orbis-signed array verifies element by element in @digitalbazaar/vc',
  async () => {
    const signed = await orbisSign([exchangeCompletion(), transcriptOfRecords(),
                                    summerSchoolCertificate()]);
    assert.equal(signed.length, 3);
    for (const credential of signed) {
      const result = await jsVerify(credential);
      assert.equal(result.verified, true, firstError(result));
    }
  });

interop('a. a did:web issuer: Orbis signs, JS verifies with the DID document', async () => {
  const signed = await orbisSign(transcriptOfRecords(), webKeyFile);
  assert.equal(signed.issuer, webDid);
  const documentLoader = makeDocumentLoader(new Map([[webDid, webDidDocument]]));
  const result = await jsVerify(signed, {documentLoader});
  assert.equal(result.verified, true, firstError(result));
  const tampered = JSON.parse(JSON.stringify(signed));
  tampered.credentialSubject.courses[1].ectsGrade = 'A';
  assert.equal((await jsVerify(tampered, {documentLoader})).verified, false);

  // Orbis agrees on both, given the same document.
  const didArgs = ['--no-status', '--did-document', await writeJson(webDidDocument)];
  assert.equal((await orbisVerify(signed, didArgs)).code, 0);
  assert.equal((await orbisVerify(tampered, didArgs)).code, 1);
});

interop('a. Orbis refuses to sign for another issuer', async () => {
  const run = await orbis(['credential', 'sign', '--key', keyFile, '--in',
                           await writeJson(transcriptOfRecords('did:web:other.example'))],
                          {env});
  assert.equal(run.code, 1);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
});

// A number a double cannot hold would be signed as another number than the one written;
// Orbis refuses rather than sign something exact-integer verifiers would reject.
interop('a. Orbis refuses to sign integers beyond 2^53', async () => {
  const text = JSON.stringify(transcriptOfRecords()).replace(/}$/, ', "registrationNumber": 9007199254740993}');
  const run = await orbis(['credential', 'sign', '--key', keyFile, '--in', await writeJson(text)], {env});
  assert.equal(run.code, 1, run.stdout);
  assert.match(run.stderr, /2\^53/);
});

// ---------------------------------------------------------------------------------------
// b. @digitalbazaar/vc issues → Orbis verifies

interop('b. JS-issued credentials verify in Orbis; tampered copies do not', async (t) => {
  const {did, keyPair} = await generateDidKeyIssuer();
  const cases = [
    ['exchange completion', exchangeCompletion(did)],
    ['transcript of records', transcriptOfRecords(did)],
    ['summer-school certificate, issuer object', summerSchoolCertificate({id: did,
                                                                         name: '复旦大学'})],
    ['canonicalization edge cases', JSON.parse(edgeCaseText(did))],
  ];
  const signedAll = [];
  for (const [name, unsigned] of cases) {
    await t.test(name, async () => {
      const signed = await jsIssue(unsigned, keyPair);
      signedAll.push(signed);
      assert.equal((await jsVerify(signed)).verified, true, 'JS does not verify its own');

      const run = await orbisVerify(signed);
      assert.equal(run.code, 0,
        `Orbis rejects a JS credential: ${describeRun(run)}\n${JSON.stringify(signed)}`);
      assert.equal(run.report.verdict, 'valid');

      for (const [change, tampered] of tamperings(signed)) {
        const bad = await orbisVerify(tampered);
        assert.equal(bad.code, 1, `Orbis on a tampered copy (${change}): ${describeRun(bad)}`);
        assert.equal(bad.report.verdict, 'invalid');
      }
    });
  }

  await t.test('as one array; then with one tampered element', async () => {
    const run = await orbisVerify(signedAll);
    assert.equal(run.code, 0, describeRun(run));
    assert.deepEqual(run.report.map((r) => r.verdict), signedAll.map(() => 'valid'));
    const mixed = JSON.parse(JSON.stringify(signedAll));
    mixed[1].credentialSubject.courses[0].localGrade = '1,0';
    const bad = await orbisVerify(mixed);
    assert.equal(bad.code, 1, describeRun(bad));
    assert.deepEqual(bad.report.map((r) => r.verdict),
                     signedAll.map((_, i) => i === 1 ? 'invalid' : 'valid'));
  });
});

interop('b. a did:web issuer: JS signs, Orbis verifies with --did-document', async () => {
  const {keyPair: probe} = await generateDidKeyIssuer();
  const did = 'did:web:partner.example.org:issuers:registrar';
  const keyPair = await Ed25519Multikey.from({
    ...(await probe.export({publicKey: true, secretKey: true, includeContext: true})),
    id: `${did}#key-1`, controller: did,
  });
  const didDocument = {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [{id: `${did}#key-1`, type: 'Multikey', controller: did,
                          publicKeyMultibase: keyPair.publicKeyMultibase}],
    assertionMethod: [`${did}#key-1`],
  };
  const documentLoader = makeDocumentLoader(new Map([[did, didDocument]]));
  const signed = await jsIssue(transcriptOfRecords(did), keyPair, {documentLoader});
  assert.equal((await jsVerify(signed, {documentLoader})).verified, true);

  const didArgs = ['--no-status', '--did-document', await writeJson(didDocument)];
  const run = await orbisVerify(signed, didArgs);
  assert.equal(run.code, 0, describeRun(run));
  const tampered = JSON.parse(JSON.stringify(signed));
  tampered.credentialSubject.totalEcts += 1;
  assert.equal((await orbisVerify(tampered, didArgs)).code, 1);
  // Without the DID document Orbis cannot verify offline: invalid, not valid.
  assert.notEqual((await orbisVerify(signed)).code, 0);
});

// ---------------------------------------------------------------------------------------
// Where Orbis is deliberately stricter than @digitalbazaar/vc. Each test pins both sides'
// current answer, so that a change on either side shows up here.

interop('stricter: a context appended after signing passes JS, fails Orbis', async () => {
  // docs/credentials.md, "Deliberate deviation": vc-di-eddsa accepts a document whose
  // @context merely starts with the proof's; Orbis requires the two to be equal.
  const {did, keyPair} = await generateDidKeyIssuer();
  const signed = await jsIssue(transcriptOfRecords(did), keyPair);
  const appended = JSON.parse(JSON.stringify(signed));
  appended['@context'].push('https://w3id.org/security/multikey/v1');
  const js = await jsVerify(appended);
  assert.equal(js.verified, true, `JS now rejects appended contexts: ${firstError(js)}`);
  const run = await orbisVerify(appended);
  assert.equal(run.code, 1, describeRun(run));
});

interop('stricter: a duplicated member name passes JS (last wins), is bad input to Orbis',
  async () => {
    // I-JSON: JSON.parse keeps the last duplicate, so a signed document with a second,
    // earlier "name" still verifies in JS while a reader that keeps the first shows it.
    const signed = await orbisSign(transcriptOfRecords());
    const original = JSON.stringify(signed.credentialSubject.name);
    const text = JSON.stringify(signed).replace(`"name":${original}`,
                                                `"name":"Mallory","name":${original}`);
    assert.notEqual(text, JSON.stringify(signed));
    assert.equal((await jsVerify(JSON.parse(text))).verified, true);
    const run = await orbisVerify(text);
    assert.equal(run.code, 2, describeRun(run));
  });

interop('stricter: a lone surrogate passes JS, is bad input to Orbis', async () => {
  const {did, keyPair} = await generateDidKeyIssuer();
  const unsigned = transcriptOfRecords(did);
  unsigned.credentialSubject.name = 'Wang \ud800 Xiaoming';
  const signed = await jsIssue(unsigned, keyPair);
  assert.equal((await jsVerify(signed)).verified, true);
  const run = await orbisVerify(signed);
  assert.equal(run.code, 2, describeRun(run));
});

interop('stricter: validFrom without a time zone passes JS, fails Orbis', async () => {
  // VC 2.0 makes validFrom an xsd:dateTimeStamp (time zone required).
  const {did, keyPair} = await generateDidKeyIssuer();
  for (const validFrom of ['2026-07-01T00:00:00', '2026-07-01T00:00:00z']) {
    const signed = await jsIssue({...transcriptOfRecords(did), validFrom}, keyPair);
    assert.equal((await jsVerify(signed)).verified, true, validFrom);
    const run = await orbisVerify(signed);
    assert.equal(run.code, 1, `${validFrom}: ${describeRun(run)}`);
  }
});

// Both allow 300 s of clock skew on validFrom/validUntil, so that a credential issued with
// validFrom = the issuer's "now" verifies on a machine whose clock is a little behind.
interop('dates within a few minutes of now: JS and Orbis agree (clock skew)',
  async () => {
    const {did, keyPair} = await generateDidKeyIssuer();
    const at = (seconds) => new Date(Date.now() + seconds * 1000).toISOString()
      .replace(/\.\d+Z$/, 'Z');
    const cases = [
      ['validFrom in 2 minutes', {validFrom: at(120)}],
      ['validUntil 2 minutes ago', {validFrom: '2026-01-01T00:00:00Z', validUntil: at(-120)}],
      ['validFrom in 10 minutes', {validFrom: at(600)}],
      ['validUntil 10 minutes ago', {validFrom: '2026-01-01T00:00:00Z', validUntil: at(-600)}],
    ];
    const disagreements = [];
    for (const [name, dates] of cases) {
      const signed = await jsIssue({...transcriptOfRecords(did), ...dates}, keyPair);
      const js = (await jsVerify(signed)).verified;
      const orbisValid = (await orbisVerify(signed)).code === 0;
      if (js !== orbisValid) disagreements.push(`${name}: JS ${js}, Orbis ${orbisValid}`);
    }
    assert.deepEqual(disagreements, []);
  });

// ---------------------------------------------------------------------------------------
// c. Bitstring Status List: lists encoded by @digitalbazaar/vc-bitstring-status-list, read
// by Orbis (via `orbis verify --status-list`) and by JS, for credentials issued on both
// sides. (The CLI has no command that emits an Orbis-encoded list, so the opposite
// direction — JS decoding Orbis's encodedList — is not checked here.)

const LIST_URL = 'https://orbis.example.edu/status/revocation/1';
const SUSPENSION_URL = 'https://orbis.example.edu/status/suspension/1';
const REVOKED_INDEX = 94567;   // set in the revocation list
const SUSPENDED_INDEX = 8;     // set in the suspension list (left-most bit of byte 1)
const GOOD_INDEX = 94566;      // neighbours of set bits stay clear

async function encodedStatusList(indices) {
  const list = await statusList.createList({length: 131072});
  for (const index of indices) list.setStatus(index, true);
  return list;
}

function withStatus(credential, entries) {
  return {
    ...credential,
    credentialStatus: entries.map(([url, purpose, index]) => ({
      id: `${url}#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: purpose,
      statusListIndex: String(index),
      statusListCredential: url,
    })),
  };
}

async function statusSetup(signList) {
  const revocation = await statusList.createCredential({
    id: LIST_URL, list: await encodedStatusList([REVOKED_INDEX, 0, 131071]),
    statusPurpose: 'revocation'});
  const suspension = await statusList.createCredential({
    id: SUSPENSION_URL, list: await encodedStatusList([SUSPENDED_INDEX]),
    statusPurpose: 'suspension'});
  const lists = [await signList(revocation), await signList(suspension)];
  const args = [
    '--status-list', `${LIST_URL}=${await writeJson(lists[0])}`,
    '--status-list', `${SUSPENSION_URL}=${await writeJson(lists[1])}`,
  ];
  const documentLoader = makeDocumentLoader(new Map([[LIST_URL, lists[0]],
                                                     [SUSPENSION_URL, lists[1]]]));
  return {args, documentLoader};
}

const statusCases = [
  ['neither bit set', [[LIST_URL, 'revocation', GOOD_INDEX],
                       [SUSPENSION_URL, 'suspension', GOOD_INDEX]], 0, 'valid'],
  ['revocation bit set', [[LIST_URL, 'revocation', REVOKED_INDEX]], 3, 'revoked'],
  ['first and last entries', [[LIST_URL, 'revocation', 131071]], 3, 'revoked'],
  ['suspension bit set', [[LIST_URL, 'revocation', SUSPENDED_INDEX],
                          [SUSPENSION_URL, 'suspension', SUSPENDED_INDEX]], 3, 'suspended'],
];

async function checkStatusAgreement(t, sign, {args, documentLoader}, issuer) {
  for (const [name, entries, exitCode, verdict] of statusCases) {
    await t.test(name, async () => {
      const signed = await sign(withStatus(transcriptOfRecords(issuer), entries));
      const run = await orbisVerify(signed, args);
      assert.equal(run.code, exitCode, describeRun(run));
      assert.equal(run.report.verdict, verdict);

      const js = await jsVerify(signed, {
        documentLoader,
        checkStatus: (options) => statusList.checkStatus(options),
      });
      // JS reports a set bit as verified: true with the status in statusResult.
      assert.equal(js.verified, true, firstError(js));
      const jsSet = js.statusResult.results.filter((r) => r.status)
        .map((r) => r.credentialStatus.statusPurpose);
      const orbisSet = verdict === 'valid' ? [] : [verdict === 'revoked' ? 'revocation'
                                                                          : 'suspension'];
      assert.deepEqual(jsSet, orbisSet, `bits read differ: ${JSON.stringify(js.statusResult)}`);
    });
  }
}

interop('c. status lists encoded and signed by JS, read by Orbis and JS', async (t) => {
  const {did, keyPair} = await generateDidKeyIssuer();
  const sign = (credential) => jsIssue({...credential, issuer: did}, keyPair);
  await checkStatusAgreement(t, sign, await statusSetup(sign), did);
});

interop('c. status lists encoded by JS, signed by Orbis, read by Orbis and JS', async (t) => {
  const sign = (credential) => orbisSign({...credential, issuer: orbisDid});
  await checkStatusAgreement(t, sign, await statusSetup(sign), orbisDid);
});
