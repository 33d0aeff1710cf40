/** Built once per list: a loaded list is never changed in place, a filter makes a new one. */
const indexes = new WeakMap<readonly { id: string }[], ReadonlyMap<string, { id: string }>>();

/** A list's items by their id, so looking up a slide's six items does not scan 10,000. */
export function byId<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  let index = indexes.get(list);
  if (!index) indexes.set(list, (index = new Map(list.map((item) => [item.id, item]))));
  return index as ReadonlyMap<string, T>;
}

/** The items with these ids, in the order of the ids; an id not in the list is skipped. */
export function pick<T extends { id: string }>(list: readonly T[], ids: readonly string[]): T[] {
  const index = byId(list);
  return ids.flatMap((id) => index.get(id) ?? []);
}
