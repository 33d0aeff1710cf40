/**
 * Base of the team workspace's API when the dashboard is served by the workspace server
 * (`npm start`, src/server/): it marks index.html with a meta tag. Absent (static hosting, the dev
 * server, the build's prerender, tests): the browser-only mode, records kept in this browser.
 */
export function workspaceApiBase(doc: Document | undefined = typeof document === 'undefined' ? undefined : document): string | undefined {
  const content = doc?.querySelector('meta[name="policy-targets-workspace"]')?.getAttribute('content');
  return content ? content.replace(/\/api\/?$/, '') : undefined;
}
