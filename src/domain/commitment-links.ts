import type { Commitment } from './types';

/** A meeting's request or pledge, as opposed to a resolution's own task or measure. */
export const isFromMeeting = (c: Commitment) => c.kind === 'request' || c.kind === 'pledge';

/**
 * The resolutions a commitment serves: a task's or measure's own resolution, or those a meeting's
 * request or pledge names. It is stored once however many it serves, so it counts once.
 */
export const servedResolutionIds = (c: Commitment): string[] =>
  c.resolutionId !== null ? [c.resolutionId] : (c.serves ?? []);

export const servesResolution = (c: Commitment, resolutionId: string) =>
  c.resolutionId === resolutionId || (c.resolutionId === null && (c.serves ?? []).includes(resolutionId));
