import { useSyncExternalStore } from 'react';
import { todayIso } from '../lib/clock';

/**
 * The day the prerendered first view was rendered on (index.html says which). While React
 * hydrates that HTML it renders this day, so the markup matches; right after, it renders today.
 */
let prerenderedOn: string | null = null;
export const setPrerenderedDay = (day: string | null) => {
  prerenderedOn = day;
};

const subscribe = () => () => {};

/** Today (YYYY-MM-DD), safe to use in what the build prerenders: read it here, not from the clock, in the overview. */
export const useToday = (): string => useSyncExternalStore(subscribe, todayIso, () => prerenderedOn ?? todayIso());
