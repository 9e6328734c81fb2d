// What the usual fields need, in the reader's language (i18n fieldErrors.*), for a form's
// FieldMessages (shared/fieldErrors): text of a length, a code, an academic year, a
// language, a date, an amount.
import { useI18n } from 'vue-i18n'
import type { MessageSchema } from '../i18n/en'

type Shared = Exclude<keyof MessageSchema['fieldErrors'], 'textRequired' | 'textTooLong'>

export function useFieldMessages() {
  const { t } = useI18n()
  return {
    /** Text of at most `max` bytes (a third as many Chinese characters), which may be required. */
    text:
      (max: number, required = false) =>
      () =>
        t(required ? 'fieldErrors.textRequired' : 'fieldErrors.textTooLong', { max, zh: Math.floor(max / 3) }),
    /** One of the messages the forms share. */
    shared: (key: Shared) => () => t(`fieldErrors.${key}`),
  }
}
