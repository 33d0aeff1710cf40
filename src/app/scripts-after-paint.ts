/**
 * Runs inline at the end of index.html's body (scripts/prerender-plugin.ts inlines its source, so
 * it uses nothing from outside its body). The build parks the app's module scripts and the
 * dataset's preload in `<template id="after-paint">`; this starts them once the prerendered first
 * screen has painted, so on a slow line the page's HTML and CSS do not share the bandwidth with
 * 150 KB of scripts and the dataset before anything shows. They start one frame later, not
 * after the page has loaded. A tab opened in the background paints nothing until shown: there
 * they start at once.
 */
export function scriptsAfterPaint(): void {
  const parked = document.getElementById('after-paint');
  if (!(parked instanceof HTMLTemplateElement)) return;
  const start = () => {
    const started = document.createDocumentFragment();
    for (const original of Array.from(parked.content.children)) {
      // A fresh element: a script cloned from a template would never run.
      const element = document.createElement(original.tagName.toLowerCase());
      for (const { name, value } of Array.from(original.attributes)) element.setAttribute(name, value);
      started.appendChild(element);
    }
    document.head.appendChild(started);
    parked.remove();
  };
  if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start, 0));
  else start();
}
