// The signed-in user as pages show them: the name (the email when there is none), the
// role in the reader's language, and the home institution's name. The shell's header and
// the account page show the same.
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { session } from './session'

export function useSignedInUser() {
  const { t, locale } = useI18n()
  const user = computed(() => session.user)
  const displayName = computed(() => (session.user ? session.user.name || session.user.email : ''))
  const roleLabel = computed(() => (session.user ? t(`roles.${session.user.role}`) : ''))
  const homeName = computed(() => {
    const home = session.home
    if (!home) return null
    return locale.value === 'zh' && home.name_zh ? home.name_zh : home.name
  })
  return { user, displayName, roleLabel, homeName }
}
