/** The channel on which tabs of one browser tell each other that the records changed. */
export const RECORDS_CHANNEL = 'policy-targets:records';
