import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The C++ binary serves dist/ at "/" and answers unknown non-API paths with
// index.html, so the app uses history-mode routing from the root.
// During `npm run dev`, API calls go to a running `orbis serve` (ORBIS_API).
const apiTarget = process.env.ORBIS_API ?? 'http://127.0.0.1:8080'

export default defineConfig({
  base: '/',
  plugins: [vue()],
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // ECharts with the map series is one chunk of about 500 kB (170 kB gzipped),
    // loaded only by the partnerships list; everything else stays far below this.
    chunkSizeWarningLimit: 560,
  },
  server: {
    // The agreement pages import the ISCED-F list from the repository's data/.
    fs: { allow: ['.', '../data'] },
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
})
