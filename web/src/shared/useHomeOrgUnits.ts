// The org units of the signed-in user's home institution, for pickers that choose one: read
// when the page opens and again if the home institution changes. A failed read leaves the
// list empty; the page still works, choosing by id or for the whole institution.
import { ref, watch, type Ref } from 'vue'
import { getInstitution, isAbort, type OrgUnit } from '../api/client'
import { session } from './session'
import { useLoad } from './useLoad'

export function useHomeOrgUnits(): Ref<OrgUnit[]> {
  const orgUnits = ref<OrgUnit[]>([])
  const { load } = useLoad(async (signal) => {
    const home = session.home
    if (!home) return
    try {
      orgUnits.value = (await getInstitution(String(home.id), signal)).data.org_units
    } catch (err) {
      if (isAbort(err)) throw err
      orgUnits.value = []
    }
  })
  watch(() => session.home?.id, () => void load(), { immediate: true })
  return orgUnits
}
