// English messages. zh/ must have exactly the same keys (checked by the
// types of zh/*.ts and by test/i18n-keys.test.mjs). One file per area, and common.ts.
//
// vue-i18n treats { } @ $ | as syntax: write them as {'@'} etc. if ever needed.
import common from './common'
import registry from './registry'
import agreements from './agreements'
import credentials from './credentials'
import mobility from './mobility'
import learning from './learning'
import indicators from './indicators'
import research from './research'
import teaching from './teaching'
import scholars from './scholars'
import account from './account'
import home from './home'

const en = { ...common, ...registry, ...agreements, ...credentials, ...mobility, ...learning, ...indicators, ...research, ...teaching, ...scholars, ...account, ...home }

export type MessageSchema = typeof en
export default en
