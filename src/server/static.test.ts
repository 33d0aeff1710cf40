import { workspaceIndex, WORKSPACE_META, FIRST_PAINT_PATH } from './static';

const BUILT = `<!doctype html><html><head><title>Policy Targets</title></head><body>
<div id="root" data-prerendered="en" data-prerendered-on="2026-12-02"><h1>Overview</h1><div>panels</div></div>
<script>firstPaint()</script>
<template id="after-paint"><link rel="preload" href="/data/dataset.json" as="fetch"><script type="module" crossorigin src="/assets/app.js"></script></template><script>scriptsAfterPaint()</script>
</body></html>`;

describe('the build’s page as the team workspace serves it', () => {
  const { html, firstPaint } = workspaceIndex(BUILT);

  it('has no inline script left: the first-paint script comes from a file at its place', () => {
    expect(html).not.toMatch(/<script>/);
    expect(html).toContain(`<script src="${FIRST_PAINT_PATH}"></script>`);
    expect(firstPaint).toBe('firstPaint()');
  });

  it('starts the app’s scripts at once, without the static build’s starter', () => {
    expect(html).toContain('<script type="module" crossorigin src="/assets/app.js"></script>');
    expect(html).toContain('<link rel="preload" href="/data/dataset.json" as="fetch">');
    expect(html).not.toContain('<template');
  });

  it('shows the plain shell, marked as a workspace', () => {
    expect(html).not.toContain('<h1>Overview</h1>');
    expect(html).toContain('class="app-shell"');
    expect(html).toContain(WORKSPACE_META);
  });
});
