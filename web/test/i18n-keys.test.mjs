// The English and Chinese messages must have the same keys and use the same
// placeholders, and no message may be empty. (zh/*.ts are also typed against
// en/*.ts, so vue-tsc rejects a missing or extra key; this test states it plainly
// and checks what the type cannot: placeholders and empty strings.)
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const here = path.dirname(fileURLToPath(import.meta.url))
const i18nDir = path.join(here, '..', 'src', 'i18n')

/** The messages of one language: src/i18n/<name>/*.ts, compiled to a temporary folder. */
async function loadMessages(name) {
  const dir = await mkdtemp(path.join(tmpdir(), 'orbis-i18n-'))
  try {
    for (const lang of ['en', name]) {
      await mkdir(path.join(dir, lang), { recursive: true })
      for (const file of (await readdir(path.join(i18nDir, lang))).filter((f) => f.endsWith('.ts'))) {
        const source = await readFile(path.join(i18nDir, lang, file), 'utf8')
        const { outputText } = ts.transpileModule(source, {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
        })
        // The area files import each other without an extension, as the bundler allows.
        const runnable = outputText.replace(/from '(\.{1,2}\/[^']+)'/g, (_, spec) =>
          spec.endsWith('/en') ? `from '${spec}/index.mjs'` : `from '${spec}.mjs'`,
        )
        await writeFile(path.join(dir, lang, file.replace(/\.ts$/, '.mjs')), runnable)
      }
    }
    return (await import(pathToFileURL(path.join(dir, name, 'index.mjs')).href)).default
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Every leaf as [dotted key, string]. */
function leaves(messages, prefix = '') {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`),
  )
}

function placeholders(message) {
  return [...message.matchAll(/\{\s*(\w+)\s*\}/g)].map((m) => m[1]).sort()
}

const en = new Map(leaves(await loadMessages('en')))
const zh = new Map(leaves(await loadMessages('zh')))

test('English and Chinese have the same keys', () => {
  const onlyEn = [...en.keys()].filter((k) => !zh.has(k))
  const onlyZh = [...zh.keys()].filter((k) => !en.has(k))
  assert.deepEqual({ onlyEn, onlyZh }, { onlyEn: [], onlyZh: [] })
})

test('every message uses the same placeholders in both languages', () => {
  const mismatched = [...en.keys()]
    .filter((k) => zh.has(k))
    .filter((k) => placeholders(en.get(k)).join() !== placeholders(zh.get(k)).join())
  assert.deepEqual(mismatched, [])
})

test('no message is empty or uses vue-i18n syntax by accident', () => {
  for (const [lang, messages] of [['en', en], ['zh', zh]]) {
    for (const [key, value] of messages) {
      assert.notEqual(value.trim(), '', `${lang}:${key} is empty`)
      // '@' starts a linked message and '|' separates plural forms in vue-i18n.
      assert.doesNotMatch(value, /[@|]/, `${lang}:${key} contains @ or |`)
    }
  }
})
