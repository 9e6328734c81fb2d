// Writes src/api/schema.d.ts: the TypeScript types of the OpenAPI document the server
// serves at /api/v1/openapi.json, as `orbis openapi` prints it, by openapi-typescript.
// With --check, writes nothing and fails when the committed file differs from what the
// current document gives (scripts/test runs it through tests/browser/api-types.test.mjs).
//
//   node scripts/api-types.mjs [--check] [--document FILE]
//
// The server binary is ORBIS_BIN, else build/src/app/orbis of the repository; with
// --document, the document is read from FILE instead.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import openapiTS, { astToString } from 'openapi-typescript'

const here = path.dirname(fileURLToPath(import.meta.url))
const webDir = path.resolve(here, '..')
const repoRoot = path.resolve(webDir, '..')
const output = path.join(webDir, 'src', 'api', 'schema.d.ts')

const HEADER = `// Generated from the OpenAPI document the server serves (/api/v1/openapi.json, printed by
// \`orbis openapi\`) by openapi-typescript: do not edit. Regenerate with \`npm run api-types\`;
// scripts/test fails when this file differs from what the current document gives.
`

async function documentText(file) {
  if (file) return readFile(file, 'utf8')
  const bin = process.env.ORBIS_BIN ? path.resolve(process.env.ORBIS_BIN) : path.join(repoRoot, 'build', 'src', 'app', 'orbis')
  if (!existsSync(bin)) throw new Error(`${bin} does not exist: build the server first (cmake --build build --target orbis), or set ORBIS_BIN`)
  const { stdout } = await promisify(execFile)(bin, ['openapi'], { maxBuffer: 64 * 1024 * 1024 })
  return stdout
}

/** The generated file's text for an OpenAPI document (JSON text). */
export async function generate(text) {
  const ast = await openapiTS(JSON.parse(text), { silent: true })
  return HEADER + astToString(ast)
}

async function main(args) {
  const check = args.includes('--check')
  const at = args.indexOf('--document')
  const file = at >= 0 ? args[at + 1] : undefined
  const generated = await generate(await documentText(file))
  if (!check) {
    await writeFile(output, generated)
    console.log(`wrote ${path.relative(process.cwd(), output)}`)
    return 0
  }
  const committed = existsSync(output) ? await readFile(output, 'utf8') : ''
  if (committed === generated) {
    console.log(`${path.relative(repoRoot, output)} matches the OpenAPI document`)
    return 0
  }
  console.error(
    `${path.relative(repoRoot, output)} differs from what the OpenAPI document gives: run \`npm run api-types\` in web/ and commit the result`,
  )
  return 1
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(`api-types: ${err.message}`)
      process.exit(2)
    },
  )
}
