/**
 * Slides default to high contrast (a projector washes colours out); `?contrast=standard` in the
 * link keeps the dashboard's own theme, so a shared link opens the way it was presented.
 */
export type SlideContrast = 'high' | 'standard';

export const CONTRAST_PARAM = 'contrast';

export function readSlideContrast(params: URLSearchParams): SlideContrast {
  return params.get(CONTRAST_PARAM) === 'standard' ? 'standard' : 'high';
}

/** The same link with the other contrast; the default leaves no trace in the URL. */
export function withSlideContrast(params: URLSearchParams, contrast: SlideContrast): URLSearchParams {
  const next = new URLSearchParams(params);
  if (contrast === 'standard') next.set(CONTRAST_PARAM, 'standard');
  else next.delete(CONTRAST_PARAM);
  return next;
}
