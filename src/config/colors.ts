import type { Status } from '../domain/types';

/** Status colours chosen to keep 4.5:1 against white and to stay apart on a washed-out projector. */
export const STATUS_COLORS: Record<Status, string> = {
  not_assessed: '#5b6470',
  not_started: '#8a5a00',
  in_progress: '#1d5fd1',
  on_track: '#13773a',
  at_risk: '#b25400',
  off_track: '#b3261e',
  done: '#0b5d57',
};

/**
 * The presentation's high-contrast theme: each at least 7:1 against white, so a white count
 * printed on a bar holds AAA and the bars survive a washed-out projector.
 */
export const CONTRAST_STATUS_COLORS: Record<Status, string> = {
  not_assessed: '#3b4149',
  not_started: '#574400',
  in_progress: '#0b3f99',
  on_track: '#0b5228',
  at_risk: '#8f3f00',
  off_track: '#8c1d16',
  done: '#064a44',
};

export const CHART_COLORS = {
  status: STATUS_COLORS,
  target: '#7a1fa2',
  path: '#5b6470',
  recorded: '#1d5fd1',
  /** The pace so far carried on: the recorded hue, drawn dotted so it never reads as a figure. */
  projection: '#1d5fd1',
  today: '#b3261e',
  grid: '#c9ced6',
  axis: '#30363d',
  /** The panel behind the chart: the halo that keeps a label readable where it crosses a line. */
  surface: '#ffffff',
};

/** The same roles on the dark theme's panels, each at least 4.5:1 against #1a1f26. */
export const DARK_CHART_COLORS: typeof CHART_COLORS = {
  status: STATUS_COLORS,
  target: '#dcb0f7',
  path: '#b9c1cc',
  recorded: '#9cc0ff',
  projection: '#9cc0ff',
  today: '#ff8a80',
  grid: '#3a434f',
  axis: '#d5dae1',
  surface: '#1a1f26',
};

/** The presentation's high-contrast theme: black on white, every mark at least 7:1. */
export const CONTRAST_CHART_COLORS: typeof CHART_COLORS = {
  status: CONTRAST_STATUS_COLORS,
  target: '#5a0f80',
  path: '#1a1a1a',
  recorded: '#0b3f99',
  projection: '#0b3f99',
  today: '#8c1d16',
  grid: '#767676',
  axis: '#000000',
  surface: '#ffffff',
};

/** One hue per resolution lane, cycled; all at least 4.5:1 against white. */
export const LANE_COLORS = ['#1d5fd1', '#13773a', '#7a1fa2', '#b25400', '#0b5d57', '#b3261e', '#5b6470', '#8a5a00'];
