import { createApp, watch } from 'vue'
import App from './App.vue'
import { router, updateTitle } from './router'
import { i18n, applyInitialLocale } from './i18n'
import { onUnauthorized } from './api/client'
import { forget } from './shared/session'
import './style.css'

applyInitialLocale()

// A 401 on an ordinary request means the session expired or was revoked.
onUnauthorized(() => {
  forget()
  const current = router.currentRoute.value
  if (!current.meta.public) {
    void router.replace({ name: 'login', query: { redirect: current.fullPath } })
  }
})

watch(i18n.global.locale, () => updateTitle())

createApp(App).use(i18n).use(router).mount('#app')
