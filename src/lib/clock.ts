const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A moment's calendar day where the user is (YYYY-MM-DD, local time zone). */
export const localDayIso = (at: Date): string => `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;

/**
 * Today as YYYY-MM-DD in the user's own time zone: in Hanoi a new day starts at 17:00 UTC, and a
 * figure dated that day must not be refused as "in the future". Every calendar day the app
 * reasons about (what is due, what is in the future) comes from here, so tests can fix it;
 * instants (a record's timestamps, the presenter's stopwatch) read the clock where they are made.
 */
export const todayIso = (): string => localDayIso(new Date());

/** The current instant; read through here for the same reason. */
export const now = (): Date => new Date();
