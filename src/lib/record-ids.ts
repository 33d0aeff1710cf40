/** A new record id: kebab-case, unique across devices, prefixed by what it is. */
export const newRecordId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

export const nowIso = () => new Date().toISOString();
