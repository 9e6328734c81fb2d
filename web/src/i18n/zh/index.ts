// Simplified Chinese messages. The types make the compiler reject a missing or an extra
// key (each area file against its English one); test/i18n-keys.test.mjs also compares
// the placeholders.
import type { MessageSchema } from '../en'
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

const zh: MessageSchema = { ...common, ...registry, ...agreements, ...credentials, ...mobility, ...learning, ...indicators, ...research, ...teaching, ...scholars, ...account, ...home }

export default zh
