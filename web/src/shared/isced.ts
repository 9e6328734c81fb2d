// The ISCED-F 2013 fields of education, read at build time from data/isced_f_2013.json.
import isced from '../../../data/isced_f_2013.json'

export interface IscedField {
  code: string
  level: 'broad' | 'narrow' | 'detailed'
  label: string
}

export const ISCED_FIELDS: readonly IscedField[] = (isced as IscedField[]).map(({ code, level, label }) => ({
  code,
  level,
  label,
}))

export function iscedLabel(code: string | null | undefined): string | null {
  if (!code) return null
  return ISCED_FIELDS.find((f) => f.code === code)?.label ?? null
}
