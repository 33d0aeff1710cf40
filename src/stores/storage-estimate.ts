/** How much this site stores, how much the browser allows it, and whether it may be cleared. */
export interface StorageEstimate {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

/** What the browser says about this site's storage (nulls where it says nothing). */
export async function estimateStorage(): Promise<StorageEstimate> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => null) : null,
    storage?.persisted ? storage.persisted().catch(() => null) : null,
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}

/**
 * Asks the browser to keep this site's data until the user deletes it, rather than clear it when
 * the disk runs short. Browsers may grant it silently or not at all; asking once a load is enough.
 */
export async function requestPersistence(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return null;
  try {
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return null;
  }
}

/**
 * Room an import needs, from the size of its JSON: the database keeps each record with its keys
 * and indexes, so count twice the text, and a margin the browser keeps for itself.
 */
export const roomNeeded = (jsonBytes: number) => 2 * jsonBytes + 64 * 1024;

/** Free room, or null when the browser does not say. */
export const freeRoom = (estimate: StorageEstimate): number | null =>
  estimate.quota === null || estimate.usage === null ? null : Math.max(0, estimate.quota - estimate.usage);
