import { createI18n } from 'vue-i18n'
import en, { type MessageSchema } from './en'
import zh from './zh'

export const LOCALES = ['en', 'zh'] as const
export type Locale = (typeof LOCALES)[number]

const STORAGE_KEY = 'orbis.locale'

// The value for <html lang>: the Chinese messages are Simplified Chinese.
const HTML_LANG: Record<Locale, string> = { en: 'en', zh: 'zh-CN' }

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return isLocale(value) ? value : null
  } catch {
    return null // storage disabled
  }
}

function initialLocale(): Locale {
  const stored = storedLocale()
  if (stored) return stored
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language]
  for (const tag of preferred) {
    const lower = tag.toLowerCase()
    if (lower.startsWith('en')) return 'en'
    if (lower === 'zh' || lower.startsWith('zh-cn') || lower.startsWith('zh-hans') || lower.startsWith('zh-sg')) {
      return 'zh'
    }
  }
  return 'en'
}

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'en',
  messages: { en, zh },
})

export function currentLocale(): Locale {
  return i18n.global.locale.value
}

/** Switches the UI language, remembers it, and tells the document. */
export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
  document.documentElement.lang = HTML_LANG[locale]
}

/** Applies the initial language to <html lang> (call once at start-up). */
export function applyInitialLocale(): void {
  document.documentElement.lang = HTML_LANG[currentLocale()]
}
