// Starts what a browser test needs: a demo database, a real `orbis serve` on
// port 0, and Debian's Chromium driven through playwright-core. Nothing is
// downloaded; every path can be overridden from the environment.
import { execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { chromium } from 'playwright-core'
import assert from 'node:assert/strict'
import { after, before } from 'node:test'

const here = path.dirname(fileURLToPath(import.meta.url))
export const repoRoot = path.resolve(here, '..', '..')
export const outDir = path.join(here, 'out')

// Limits, named so that a slow machine is a one-line change.
const DEMO_TIMEOUT_MS = 120_000
const LISTEN_TIMEOUT_MS = 30_000
const STOP_TIMEOUT_MS = 5_000

/** What a page waits for an element at most. */
export const WAIT_MS = 15_000
/** The password of every demo account (`orbis demo`). */
export const DEMO_PASSWORD = 'orbis-demo-2026'

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
  requireFile(path.join(webDist, 'index.html'), 'run `npm ci && npm run build` in web/, or set ORBIS_WEB')

  const dir = await mkdtemp(path.join(tmpdir(), 'orbis-browser-'))
  const onPostgres = process.env.ORBIS_TEST_ENGINE === 'postgresql'
  const template = demoTemplate(onPostgres)
  const db = onPostgres ? await createPostgresDatabase(template?.database) : path.join(dir, 'demo.db')
  let server = null
  // Should the test process die without running its hooks, take the server along.
  const killOnExit = () => server?.child.kill('SIGKILL')
  process.once('exit', killOnExit)
  const stop = async () => {
    process.removeListener('exit', killOnExit)
    if (server) await stopProcess(server.child)
    server = null
    if (onPostgres) await dropPostgresDatabase(db)
    await rm(dir, { recursive: true, force: true })
  }
  try {
    const demoKek = onPostgres ? path.join(dir, 'demo.kek') : `${db}.kek`
    if (template) {
      if (!onPostgres) await copyFile(template.db, db)
      await copyFile(template.kek, demoKek)
    } else {
      await createDemo(db, onPostgres ? ['--kek-file', demoKek] : [])
    }
    const args = ['--web', webDist, ...extraServeArgs]
    const kekFile = await keyEncryptionKey(demoKek, dir, credentials)
    if (kekFile) args.push('--kek-file', kekFile)
    server = await serve(db, { args })
    return { baseUrl: server.url, stop, log: server.log }
  } catch (err) {
    await stop()
    throw err
  }
}

/**
 * A demo made once for the whole run, when ORBIS_TEST_DEMO_TEMPLATE names its folder
 * (scripts/test makes it with `orbis demo` before the browser tests): `demo.db` and
 * `demo.db.kek` for SQLite; for PostgreSQL, `postgres.database` names a database of the
 * cluster to create each server's from, and `postgres.kek` is its key. Each server still
 * gets a database of its own, a copy; without the folder each runs `orbis demo` itself.
 * Returns { db, kek } or { database, kek }, or null.
 */
function demoTemplate(onPostgres) {
  const folder = process.env.ORBIS_TEST_DEMO_TEMPLATE
  if (!folder) return null
  if (!onPostgres) {
    const db = path.join(folder, 'demo.db')
    const kek = `${db}.kek`
    return existsSync(db) && existsSync(kek) ? { db, kek } : null
  }
  const named = path.join(folder, 'postgres.database')
  const kek = path.join(folder, 'postgres.kek')
  if (!existsSync(named) || !existsSync(kek)) return null
  return { database: readFileSync(named, 'utf8').trim(), kek }
}

/**
 * With ORBIS_TEST_ENGINE=postgresql the tests' servers keep their data in PostgreSQL, on the
 * server ORBIS_TEST_POSTGRES names (scripts/test starts a throwaway cluster): each gets a
 * new database of its own (a copy of `template`, when given), created and dropped with psql.
 */
export async function createPostgresDatabase(template = null) {
  const server = process.env.ORBIS_TEST_POSTGRES
  if (!server) throw new Error('ORBIS_TEST_ENGINE=postgresql needs ORBIS_TEST_POSTGRES (scripts/test starts a cluster)')
  const name = `orbis_browser_${randomBytes(6).toString('hex')}`
  const from = template ? ` TEMPLATE ${template}` : ''
  await promisify(execFile)('psql', [server, '-qc', `CREATE DATABASE ${name}${from}`], { timeout: DEMO_TIMEOUT_MS })
  const url = new URL(server)
  url.pathname = `/${name}`
  return url.toString()
}

export async function dropPostgresDatabase(url) {
  const name = new URL(url).pathname.slice(1)
  await promisify(execFile)('psql', [process.env.ORBIS_TEST_POSTGRES, '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`], {
    timeout: DEMO_TIMEOUT_MS,
  }).catch(() => undefined)
}

/** Runs `orbis demo --db db ...args`: a new database with the demo data (and `<db>.kek` for a file). */
export async function createDemo(db, args = []) {
  requireFile(orbisBin, 'build the server first, or set ORBIS_BIN')
  await promisify(execFile)(orbisBin, ['demo', '--db', db, ...args], {
    timeout: DEMO_TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
  })
}

/** The KEK file to serve with: the demo's, else (when asked for) a new one; null otherwise. */
async function keyEncryptionKey(demoKek, dir, required) {
  if (existsSync(demoKek)) return demoKek
  if (!required) return null
  const { stdout } = await promisify(execFile)(orbisBin, ['key', 'kek'], { timeout: DEMO_TIMEOUT_MS })
  const file = path.join(dir, 'test.kek')
  await writeFile(file, stdout, { mode: 0o600 })
  return file
}

/**
 * Starts `orbis serve --db db --port 0 ...args`; with `openFiles`, under that open-file
 * limit (soft and hard, so that the server cannot raise it). Resolves once the server
 * reports where it listens, with { child, url, port, log, exited }: `log()` is its output
 * so far, `exited` resolves with { code, signal }. The caller stops the child.
 */
export function serve(db, { openFiles, args = [] } = {}) {
  requireFile(orbisBin, 'build the server first, or set ORBIS_BIN')
  const serveArgs = ['serve', '--db', db, '--port', '0', ...args]
  const child = openFiles
    ? spawn('/bin/sh', ['-c', 'ulimit -n "$0" && exec "$@"', String(openFiles), orbisBin, ...serveArgs], {
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : spawn(orbisBin, serveArgs, { stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
  return new Promise((resolve, reject) => {
    let settled = false
    const fail = (err) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      err.message += `\n--- orbis output ---\n${log}`
      reject(err)
    }
    const timer = setTimeout(
      () => fail(new Error(`orbis serve did not report "listening on" within ${LISTEN_TIMEOUT_MS} ms`)),
      LISTEN_TIMEOUT_MS,
    )
    const take = (chunk) => {
      log += chunk
      const match = /listening on (http:\/\/\S+)/.exec(log)
      if (match && !settled) {
        settled = true
        clearTimeout(timer)
        const url = match[1].replace(/\/+$/, '').replace('//localhost:', '//127.0.0.1:')
        resolve({ child, url, port: Number(new URL(url).port), log: () => log, exited })
      }
    }
    child.stdout.setEncoding('utf8').on('data', take)
    child.stderr.setEncoding('utf8').on('data', take)
    child.on('error', fail)
    exited.then(({ code, signal }) => fail(new Error(`orbis serve exited early (code ${code}, signal ${signal})`)))
  })
}

export async function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
  await exited
  clearTimeout(timer)
}

/** Signs in through the API as `email`; returns the bearer token. */
export async function tokenFor(baseUrl, email, password = DEMO_PASSWORD) {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  assert.equal(response.status, 200, `${email} signs in through the API`)
  return (await response.json()).token
}

/**
 * Signs in through the API; returns `api(method, path, body, headers)`, which calls
 * /api/v1 with the bearer token and resolves { json, etag }, or throws on an error status.
 */
export async function apiAs(baseUrl, email, password = DEMO_PASSWORD) {
  const token = await tokenFor(baseUrl, email, password)
  return async (method, apiPath, body, headers = {}) => {
    const response = await fetch(`${baseUrl}/api/v1${apiPath}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${apiPath}: HTTP ${response.status} ${text}`)
    return { json: text ? JSON.parse(text) : null, etag: response.headers.get('etag') }
  }
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

/**
 * The server and browser of one test file: starts a demo server (`startOrbis(options)`) and
 * Chromium in a `before` hook and stops both in an `after` hook. Returns the suite:
 * `baseUrl` and `log()` of the server, and the helpers below bound to it.
 * `viewport` and `acceptDownloads` set every browser context the suite opens.
 */
export function browserSuite({ viewport = { width: 1360, height: 900 }, acceptDownloads = false, ...options } = {}) {
  let orbis = null
  let browser = null
  before(async () => {
    orbis = await startOrbis(options)
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close().catch(() => undefined)
    await orbis?.stop()
  })

  const suite = {
    get baseUrl() {
      return orbis.baseUrl
    },
    log: () => orbis?.log() ?? '',

    /**
     * A fresh English browser context (own cookies and storage) and a page in it:
     * { name, context, page, errors }. Uncaught page errors and console errors (other than an
     * HTTP error status, e.g. the 401 of "who am I" before sign-in) are collected in `errors`,
     * from every page the context opens.
     */
    async openPage(name) {
      const context = await browser.newContext({ baseURL: orbis.baseUrl, locale: 'en-US', viewport, acceptDownloads })
      context.setDefaultTimeout(WAIT_MS)
      const page = await context.newPage()
      const errors = []
      const watch = (p) => {
        p.on('pageerror', (err) => errors.push(err.message))
        p.on('console', (message) => {
          if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
            errors.push(message.text())
          }
        })
      }
      watch(page)
      context.on('page', (p) => p !== page && watch(p))
      return { name, context, page, errors }
    },

    /**
     * Runs body with one fresh page per name (see openPage). Errors in a page fail the test;
     * on failure each page leaves `out/failure-<name>.png` and the server's output is added.
     */
    async withPages(names, body) {
      const pages = []
      try {
        for (const name of names) pages.push(await suite.openPage(name))
        await body(...pages)
        for (const p of pages) assert.deepEqual(p.errors, [], `errors in the ${p.name} page`)
      } catch (err) {
        for (const p of pages) await screenshot(p.page, `failure-${p.name}.png`).catch(() => undefined)
        err.message += `\n--- orbis output (tail) ---\n${suite.log().slice(-4000)}`
        throw err
      } finally {
        for (const p of pages) await p.context.close().catch(() => undefined)
      }
    },

    /** Runs body(page, context) with one fresh page (see withPages). */
    withPage(name, body) {
      return suite.withPages([name], ({ page, context }) => body(page, context))
    },

    /** `apiAs` against this suite's server. */
    apiAs(email, password = DEMO_PASSWORD) {
      return apiAs(orbis.baseUrl, email, password)
    },

    /** `tokenFor` against this suite's server. */
    tokenFor(email, password = DEMO_PASSWORD) {
      return tokenFor(orbis.baseUrl, email, password)
    },
  }
  return suite
}

/**
 * Opens `path` (default /login), signs in on the login page it leads to and, unless `back`
 * is false, waits to be back at `path` (at any page but /login when `path` is /login).
 */
export async function signIn(page, email, { path: target = '/login', password = DEMO_PASSWORD, back = true } = {}) {
  await page.goto(target)
  if (target !== '/login') await page.waitForURL(/\/login(\?|$)/)
  await page.getByTestId('login-email').fill(email)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  if (!back) return
  if (target === '/login') await page.waitForURL((url) => url.pathname !== '/login')
  else await page.waitForURL((url) => url.pathname === target)
}

/** Waits until the locator's text contains `expected` (a string or a RegExp); returns the text. */
export async function waitForText(locator, expected) {
  await locator.waitFor()
  const deadline = Date.now() + WAIT_MS
  let text = ''
  while (Date.now() < deadline) {
    text = (await locator.innerText()).trim()
    if (expected instanceof RegExp ? expected.test(text) : text.includes(expected)) return text
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  assert.fail(`expected ${expected} in "${text}"`)
}

/** A predicate for page.waitForResponse: this method, and a path matching `pattern`. */
export function isResponse(method, pattern) {
  return (r) => r.request().method() === method && pattern.test(new URL(r.url()).pathname)
}

/** Every country's English name by its code, as `api` (apiAs) reads them a page at a time. */
export async function countryNames(api) {
  const names = new Map()
  let cursor = null
  do {
    const page = (await api('GET', `/countries?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json
    for (const c of page.items) names.set(c.code, c.name)
    cursor = page.next
  } while (cursor)
  return names
}
