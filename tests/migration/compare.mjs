// Compares two captures (capture.mjs): every answer before must be there after, with the same
// status, and every member of its body with the same value. After may add members (new fields
// such as allowed_actions); it may not drop or change one. Returns the differences, each with
// its request and JSON path.
export function compare(before, after) {
  const differences = []
  for (const [request, was] of Object.entries(before)) {
    const now = after[request]
    if (!now) {
      differences.push(`${request}: no longer answered`)
      continue
    }
    if (now.status !== was.status) {
      differences.push(`${request}: status ${was.status} became ${now.status}`)
      continue
    }
    walk(request, '', was.body, now.body, differences)
  }
  return differences
}

function walk(request, path, was, now, out) {
  if (out.length > 200) return
  if (Array.isArray(was)) {
    if (!Array.isArray(now)) return out.push(`${request} ${path}: was a list`)
    if (now.length !== was.length) return out.push(`${request} ${path}: ${was.length} items became ${now.length}`)
    was.forEach((w, i) => walk(request, `${path}/${i}`, w, now[i], out))
    return
  }
  if (was !== null && typeof was === 'object') {
    if (now === null || typeof now !== 'object' || Array.isArray(now)) return out.push(`${request} ${path}: was an object`)
    for (const key of Object.keys(was)) {
      if (!(key in now)) out.push(`${request} ${path}/${key}: missing`)
      else walk(request, `${path}/${key}`, was[key], now[key], out)
    }
    return
  }
  if (typeof was === 'number' && typeof now === 'number' && Math.abs(was - now) <= 1e-9 * Math.max(1, Math.abs(was))) return
  if (was !== now) out.push(`${request} ${path}: ${JSON.stringify(was)} became ${JSON.stringify(now)}`)
}
