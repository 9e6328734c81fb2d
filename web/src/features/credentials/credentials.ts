// What the credential pages share: who may do what (docs/credentials.md), the achievement
// fields of each type, and a reader of credential JSON whose shape Orbis does not control
// (a verifier sees credentials of other issuers too).
import { CREDENTIAL_STATUSES, CREDENTIAL_TYPES } from '../../api/client'

export function isKnownCredentialType(type: string): boolean {
  return (CREDENTIAL_TYPES as readonly string[]).includes(type)
}

export function isKnownCredentialStatus(status: string): boolean {
  return (CREDENTIAL_STATUSES as readonly string[]).includes(status)
}

/** Message keys of `credentialFields` for the member names Orbis and common VCs use. */
const FIELD_KEYS: Record<string, string> = {
  name: 'name',
  namezh: 'nameZh',
  email: 'email',
  id: 'id',
  hostinstitution: 'hostInstitution',
  host: 'hostInstitution',
  hostcountry: 'hostCountry',
  homeinstitution: 'homeInstitution',
  programme: 'programme',
  program: 'programme',
  startdate: 'startDate',
  start: 'startDate',
  enddate: 'endDate',
  end: 'endDate',
  credits: 'credits',
  ects: 'credits',
  creditsrecognised: 'credits',
  creditsystem: 'creditSystem',
  term: 'term',
  hours: 'hours',
  description: 'description',
  courses: 'courses',
  achievement: 'achievement',
  type: 'type',
  code: 'code',
  title: 'courseTitle',
  grade: 'grade',
  gradescale: 'gradeScale',
  convertedgrade: 'convertedGrade',
  homescale: 'homeScale',
  location: 'location',
  dates: 'dates',
}

export function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '')
}

/** The `credentialFields.*` message key for a member name, or null for names we do not know. */
export function fieldMessageKey(key: string): string | null {
  const known = FIELD_KEYS[normaliseKey(key)]
  return known ? `credentialFields.${known}` : null
}

/** A member name made readable when there is no message for it: "gradingScheme" → "Grading scheme". */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
  return words ? words[0]!.toUpperCase() + words.slice(1) : key
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** A JSON-LD language map or value ({"@value"} / {"en": …}) as one string, when it is one. */
export function plainText(value: unknown, locale: string): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (isObject(value)) {
    if (typeof value['@value'] === 'string') return value['@value']
    const preferred = locale === 'zh' ? ['zh', 'zh-CN', 'zh-Hans', 'en'] : ['en', 'en-GB', 'en-US', 'zh']
    for (const lang of preferred) if (typeof value[lang] === 'string') return value[lang] as string
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.join(', ')
  }
  return null
}

/** The issuer of a credential as a DID (or URL), from `issuer` as a string or an object. */
export function issuerId(document: unknown): string | null {
  if (!isObject(document)) return null
  const issuer = document.issuer
  if (typeof issuer === 'string') return issuer
  if (isObject(issuer) && typeof issuer.id === 'string') return issuer.id
  return null
}

export function issuerName(document: unknown, locale: string): string | null {
  if (!isObject(document) || !isObject(document.issuer)) return null
  return plainText(document.issuer.name, locale)
}

/** The first subject of a credential (a credential may have several). */
export function firstSubject(document: unknown): Record<string, unknown> | null {
  if (!isObject(document)) return null
  const subject = document.credentialSubject
  if (Array.isArray(subject)) return subject.find(isObject) ?? null
  return isObject(subject) ? subject : null
}

/** The credential types other than the generic VerifiableCredential. */
export function documentTypes(document: unknown): string[] {
  if (!isObject(document)) return []
  const type = document.type
  const list = Array.isArray(type) ? type : [type]
  return list.filter((t): t is string => typeof t === 'string' && t !== 'VerifiableCredential')
}

/** "ProgrammeParticipationCredential" → "programme_participation", when it is one of ours. */
export function orbisTypeOf(document: unknown): string | null {
  for (const type of documentTypes(document)) {
    const snake = type
      .replace(/Credential$/, '')
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .toLowerCase()
    if (isKnownCredentialType(snake)) return snake
  }
  return null
}

/** Is the text a date or timestamp worth formatting as one? */
export function looksLikeDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)
}

/** A readable error of JSON.parse: the message the browser gives, as it is. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) }
  }
}

/**
 * The credential inside what someone pasted: the credential itself, or an Orbis record or
 * public answer that wraps it in `document`. Null when it is not a credential at all.
 */
export function credentialIn(value: unknown): Record<string, unknown> | null {
  if (!isObject(value)) return null
  if ('@context' in value || 'credentialSubject' in value || 'proof' in value) return value
  if (isObject(value.document)) return credentialIn(value.document)
  if (isObject(value.credential)) return credentialIn(value.credential)
  return null
}
