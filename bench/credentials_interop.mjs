// Credential issuance and verification throughput of Orbis (the `orbis` CLI) against its
// peer @digitalbazaar/vc 7 with the eddsa-jcs-2022 cryptosuite, single-threaded, on N copies
// of the ~1.3 kB transcript credential of bench/credentials_bench.cc (each with its own id).
//
//   cd tests/vc-interop && npm ci && cd ../.. && node bench/credentials_interop.mjs [N]
//
// ORBIS_BIN overrides the binary (default build/src/app/orbis). JS: N sequential
// vc.issue / vc.verifyCredential calls in this process (did:key resolved locally, no
// network). Orbis: one `orbis credential sign --in ARRAY` and one `orbis verify ARRAY` over
// the same N credentials, timed as whole processes, minus a run on 1 credential so that
// start-up (and key opening) is not counted: rate = (N - 1) / (t(N) - t(1)). Every figure is
// the median of RUNS runs; the ratio is Orbis / JS.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {
  generateDidKeyIssuer, jsIssue, jsVerify, orbisBinary, orbisAvailable,
} from '../tests/vc-interop/jsvc.mjs';
import {benchTranscript} from '../tests/vc-interop/fixtures.mjs';

const N = Number(process.argv[2] ?? process.env.N ?? 2000);
const RUNS = 3;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function seconds(start) {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function credentials(count, issuer) {
  return Array.from({length: count}, (_, i) => ({
    ...benchTranscript(issuer),
    id: `urn:uuid:3f1c2d5e-6a0b-4f3e-8c6d-${String(i).padStart(12, '0')}`,
  }));
}

// Operations per second of `operation(i)` over i = 0..N-1, run one at a time.
async function jsRate(operation) {
  const rates = [];
  for (let run = 0; run < RUNS; ++run) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < N; ++i) await operation(i);
    rates.push(N / seconds(start));
  }
  return median(rates);
}

// Wall-clock seconds of one orbis process; fails loudly on an unexpected exit code.
function orbisSeconds(args, env) {
  const start = process.hrtime.bigint();
  const run = spawnSync(orbisBinary(), args, {env: {...process.env, ...env},
                                              maxBuffer: 1 << 30});
  const took = seconds(start);
  if (run.status !== 0) {
    throw new Error(`orbis ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  }
  return {took, stdout: run.stdout.toString()};
}

// Per-credential rate of an orbis command over `fileN` (N credentials) and `file1` (1).
function orbisRate(argsFor, fileN, file1, env) {
  const rates = [];
  for (let run = 0; run < RUNS; ++run) {
    const one = orbisSeconds(argsFor(file1), env).took;
    const many = orbisSeconds(argsFor(fileN), env).took;
    rates.push((N - 1) / (many - one));
  }
  return median(rates);
}

async function main() {
  if (!orbisAvailable()) {
    console.error(`orbis binary not found at ${orbisBinary()} (build it or set ORBIS_BIN)`);
    process.exit(2);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'orbis-bench-'));
  try {
    // JS issuer and credentials.
    const {did, keyPair} = await generateDidKeyIssuer();
    const jsUnsigned = credentials(N, did);
    const jsSigned = [];
    const jsIssueRate = await jsRate(async (i) => { jsSigned[i] = await jsIssue(jsUnsigned[i],
                                                                                keyPair); });
    const jsVerifyRate = await jsRate(async (i) => {
      const result = await jsVerify(jsSigned[i]);
      if (!result.verified) throw new Error(`JS failed to verify credential ${i}`);
    });

    // Orbis issuer: a raw KEK (no Argon2id) so that opening the key costs next to nothing.
    const kek = orbisSeconds(['key', 'kek']).stdout.trim();
    const env = {ORBIS_KEK: kek};
    const keyFile = path.join(dir, 'key.json');
    const orbisDid = orbisSeconds(['key', 'generate', '--out', keyFile], env).stdout.trim();

    const write = (name, value) => {
      const file = path.join(dir, name);
      writeFileSync(file, JSON.stringify(value));
      return file;
    };
    const unsignedN = write('unsigned-n.json', credentials(N, orbisDid));
    const unsigned1 = write('unsigned-1.json', credentials(1, orbisDid));
    const orbisSignRate = orbisRate((file) => ['credential', 'sign', '--key', keyFile,
                                               '--in', file], unsignedN, unsigned1, env);

    // Orbis verifies the very credentials JS issued and verified.
    const signedN = write('signed-n.json', jsSigned);
    const signed1 = write('signed-1.json', jsSigned.slice(0, 1));
    const report = JSON.parse(orbisSeconds(['verify', signedN, '--no-status']).stdout);
    if (report.length !== N || report.some((r) => r.verdict !== 'valid')) {
      throw new Error('Orbis did not find every JS-issued credential valid');
    }
    const orbisVerifyRate = orbisRate((file) => ['verify', file, '--no-status'],
                                      signedN, signed1, {});

    const bytes = Buffer.byteLength(JSON.stringify(jsSigned[0]));
    console.log(`credentials interop (eddsa-jcs-2022, ${bytes}-byte transcript, ` +
                `median of ${RUNS} x ${N}, 1 thread)`);
    const row = (name, rate, peer) => console.log(
      `  ${name.padEnd(44)} ${rate.toFixed(0).padStart(10)} /s` +
      (peer ? `  ratio ${(rate / peer).toFixed(2)}` : ''));
    row('peer: @digitalbazaar/vc verifyCredential', jsVerifyRate);
    row('orbis verify (per credential, array file)', orbisVerifyRate, jsVerifyRate);
    row('peer: @digitalbazaar/vc issue', jsIssueRate);
    row('orbis credential sign (per credential)', orbisSignRate, jsIssueRate);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

await main();
