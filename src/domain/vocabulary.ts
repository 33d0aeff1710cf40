/**
 * The dataset's closed lists of words, as plain constants. The schema (schema.ts) validates
 * against them; views that only need the lists import them from here and so never load zod.
 */
export const LOCALES = ['en', 'fr', 'vi'] as const;

export const STATUSES = ['not_assessed', 'not_started', 'in_progress', 'on_track', 'at_risk', 'off_track', 'done'] as const;

/** What the dataset reads into its sources rather than finds stated there. */
export const INFERENCES = ['parent', 'date'] as const;

/**
 * Who commits: a resolution's `task` (and the `measure`s under it), or what a meeting concluded,
 * a `request` made of others or a `pledge` the speaker's own side made.
 */
export const COMMITMENT_KINDS = ['task', 'measure', 'request', 'pledge'] as const;

export const EVENT_KINDS = ['meeting', 'publication', 'anniversary', 'term', 'horizon'] as const;

/** The kinds of user record that add an item to the dataset (not figures, assessments or meeting work). */
export const ITEM_KINDS = ['resolution', 'commitment', 'target', 'event'] as const;
