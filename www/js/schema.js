// What the page and attach() take from the core's schema(): the type of a field named by a
// pointer, and the longest list a plan may hold. Never a number of our own.

/** The schema node of a pointer (an index goes into "items"), or null. */
export function schemaVoor(schema, pad) {
  let node = schema;
  for (const deel of pad.split('/').slice(1)) {
    if (!node) return null;
    const type = [].concat(node.type ?? []);
    if (type.includes('array') && !/^\d+$/.test(deel)) return null;
    node = type.includes('array') ? node.items : node.properties?.[deel];
  }
  return node ?? null;
}

/** The most rows any list of a plan may have (the core's MAX_ITEMS, through maxItems). */
export function maxRijen(schema) {
  const grenzen = Object.values(schema?.properties ?? {})
    .map((n) => n.maxItems)
    .filter((n) => Number.isInteger(n));
  return grenzen.length ? Math.max(...grenzen) : 0;
}
