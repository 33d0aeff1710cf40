/** Today as YYYY-MM-DD (UTC); one place to read the clock, so tests can fix it. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** The current instant; read through here for the same reason. */
export const now = (): Date => new Date();
