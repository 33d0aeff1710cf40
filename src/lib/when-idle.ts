/**
 * Runs `run` once the browser is idle (it has done what was queued for the moment), or after
 * `timeout` ms at the latest; on the next task where the browser has no idle callbacks (Safari).
 */
export function whenIdle(run: () => void, timeout?: number): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => run(), timeout === undefined ? undefined : { timeout });
  else setTimeout(run, 0);
}
