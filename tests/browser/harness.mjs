// Starts what a browser test needs: a demo database, a real `orbis serve` on
// port 0, and Debian's Chromium driven through playwright-core. Nothing is
// downloaded; every path can be overridden from the environment.
import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { chromium } from 'playwright-core'

const here = path.dirname(fileURLToPath(import.meta.url))
export const repoRoot = path.resolve(here, '..', '..')
export const outDir = path.join(here, 'out')

// Limits, named so that a slow machine is a one-line change.
const DEMO_TIMEOUT_MS = 120_000
const LISTEN_TIMEOUT_MS = 30_000
const STOP_TIMEOUT_MS = 5_000

/** An environment path: absolute, relative to the working directory, or to the repo root. */
function configuredPath(envName, fallback) {
  const value = process.env[envName]
  if (!value) return path.join(repoRoot, fallback)
  if (path.isAbsolute(value)) return value
  const fromCwd = path.resolve(value)
  return existsSync(fromCwd) ? fromCwd : path.join(repoRoot, value)
}

export const orbisBin = configuredPath('ORBIS_BIN', 'build/src/app/orbis')
export const webDist = configuredPath('ORBIS_WEB', 'web/dist')
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

function requireFile(file, hint) {
  if (!existsSync(file)) throw new Error(`${file} does not exist: ${hint}`)
}

/**
 * Creates a demo database in a fresh temporary directory and serves it.
 * Returns { baseUrl, stop, log }; stop() kills the server and removes the directory.
 * With ORBIS_URL set, uses that server instead and starts nothing.
 *
 * The server gets the key-encryption key the demo writes beside the database
 * (`<db>.kek`), when there is one, so that it can issue credentials. With
 * `{ credentials: true }` and no such file, a fresh one from `orbis key kek` is used.
 * `serveArgs` are added to `orbis serve`'s arguments (e.g. `['--secure-cookies']`).
 */
export async function startOrbis({ credentials = false, serveArgs: extraServeArgs = [] } = {}) {
  // A server someone already runs (e.g. `npm run dev` in web/ against `orbis serve`):
  // the tests use it as it is and leave it running. Its data must be a fresh demo.
  if (process.env.ORBIS_URL) {
    return { baseUrl: process.env.ORBIS_URL.replace(/\/+$/, ''), stop: async () => undefined, log: () => '' }
  }
  requireFile(orbisBin, 'build the server first, or set ORBIS_BIN')
  requireFile(path.join(webDist, 'index.html'), 'run `npm ci && npm run build` in web/, or set ORBIS_WEB')

  const dir = await mkdtemp(path.join(tmpdir(), 'orbis-browser-'))
  const db = path.join(dir, 'demo.db')
  let server = null
  // Should the test process die without running its hooks, take the server along.
  const killOnExit = () => server?.kill('SIGKILL')
  process.once('exit', killOnExit)
  const stop = async () => {
    process.removeListener('exit', killOnExit)
    if (server) await stopProcess(server)
    server = null
    await rm(dir, { recursive: true, force: true })
  }
  try {
    await promisify(execFile)(orbisBin, ['demo', '--db', db], {
      timeout: DEMO_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    })
    const serveArgs = ['serve', '--db', db, '--port', '0', '--web', webDist, ...extraServeArgs]
    const kekFile = await keyEncryptionKey(db, dir, credentials)
    if (kekFile) serveArgs.push('--kek-file', kekFile)
    server = spawn(orbisBin, serveArgs, {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const baseUrl = await waitForListening(server)
    return { baseUrl, stop, log: () => server?.orbisLog ?? '' }
  } catch (err) {
    await stop()
    throw err
  }
}

/** The KEK file to serve with: the demo's, else (when asked for) a new one; null otherwise. */
async function keyEncryptionKey(db, dir, required) {
  const demoKek = `${db}.kek`
  if (existsSync(demoKek)) return demoKek
  if (!required) return null
  const { stdout } = await promisify(execFile)(orbisBin, ['key', 'kek'], { timeout: DEMO_TIMEOUT_MS })
  const file = path.join(dir, 'test.kek')
  await writeFile(file, stdout, { mode: 0o600 })
  return file
}

function waitForListening(child) {
  child.orbisLog = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`orbis serve did not report "listening on" within ${LISTEN_TIMEOUT_MS} ms`)),
      LISTEN_TIMEOUT_MS,
    )
    let stdoutText = ''
    let settled = false
    function fail(err) {
      if (settled) return
      settled = true
      clearTimeout(timer)
      err.message += `\n--- orbis output ---\n${child.orbisLog}`
      reject(err)
    }
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk) => {
      child.orbisLog += chunk
      stdoutText += chunk
      const match = /listening on (http:\/\/\S+)/.exec(stdoutText)
      if (match && !settled) {
        settled = true
        clearTimeout(timer)
        resolve(match[1].replace(/\/+$/, ''))
      }
    })
    child.stderr.on('data', (chunk) => {
      child.orbisLog += chunk
    })
    child.on('error', fail)
    child.on('exit', (code, signal) => fail(new Error(`orbis serve exited early (code ${code}, signal ${signal})`)))
  })
}

async function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
  await exited
  clearTimeout(timer)
}

/** Launches headless Chromium with a throwaway profile (playwright makes one per launch). */
export async function launchBrowser() {
  requireFile(chromiumPath, 'install Debian\'s chromium package, or set CHROMIUM_PATH')
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** Saves a PNG of the page to out/: the whole page, or just the viewport. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  await mkdir(outDir, { recursive: true })
  const file = path.join(outDir, name)
  await page.screenshot({ path: file, fullPage })
  return file
}
