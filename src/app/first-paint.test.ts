import { screen } from '@testing-library/react';
import { firstPaint, releaseControls } from './first-paint';

const PRERENDERED = '<h1>Overview</h1>';

function page(path: string, { prefs, languages = ['en-GB'] }: { prefs?: object; languages?: string[] } = {}) {
  window.history.replaceState(null, '', path);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  if (prefs) localStorage.setItem('policy-targets:preferences', JSON.stringify({ state: prefs, version: 1 }));
  document.body.innerHTML = `<div id="root" data-prerendered="en">${PRERENDERED}</div>`;
  firstPaint();
  return document.getElementById('root')!;
}

afterEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('before the first paint', () => {
  it('keeps the prerendered overview at / for an English reader', () => {
    const root = page('/');
    expect(root.innerHTML).toBe(PRERENDERED);
    expect(root.dataset.prerendered).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('holds its controls until React has taken it over, then gives back only those it held', () => {
    window.history.replaceState(null, '', '/');
    document.body.innerHTML = '<div id="root" data-prerendered="en"><input type="search" aria-label="Search"><select aria-label="Language"></select><button>Copy link</button><button disabled>Nothing to undo</button></div>';
    firstPaint();
    const root = document.getElementById('root')!;
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeDisabled();
    releaseControls(root);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeEnabled();
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Nothing to undo' })).toBeDisabled();
    expect(root.querySelector('[data-until-live]')).toBeNull();
  });

  it.each([
    ['another page', '/timeline', {}],
    ['a filtered overview', '/?status=done', {}],
    ['a link in another language', '/?lang=fr', {}],
    ['a link naming its language', '/?lang=en', {}],
    ['another dataset', '/?dataset=/bench/large.json', {}],
    ['a French browser', '/', { languages: ['fr-FR'] }],
    ['a reader who chose Vietnamese', '/', { prefs: { locale: 'vi', theme: 'system' } }],
  ])('drops it for %s, showing the plain shell instead', (_name, path, options) => {
    const root = page(path, options);
    expect(root.querySelector('h1')).toBeNull();
    expect(root.textContent).toBe('Policy Targets');
    expect(root.dataset.prerendered).toBeUndefined();
  });

  it('drops it when this tab chose another dataset earlier', () => {
    sessionStorage.setItem('policy-targets:dataset-url', '/bench/large.json');
    expect(page('/').querySelector('h1')).toBeNull();
  });

  it('puts the chosen theme and language on the page at once', () => {
    page('/', { prefs: { locale: 'fr', theme: 'dark' } });
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('survives unreadable stored preferences', () => {
    localStorage.setItem('policy-targets:preferences', '{not json');
    const root = page('/');
    expect(root.innerHTML).toBe(PRERENDERED);
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});

describe('another dataset downloads from the first moment', () => {
  const preloads = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((l) => [l.as, l.getAttribute('href'), l.crossOrigin]);
  beforeEach(() => document.head.querySelectorAll('link[rel="preload"]').forEach((l) => l.remove()));

  it('asks for the file a link names, as the app will fetch it', () => {
    page('/?dataset=/bench/medium.json');
    expect(preloads()).toEqual([['fetch', '/bench/medium.json', 'anonymous']]);
  });

  it('and the one this tab chose earlier', () => {
    sessionStorage.setItem('policy-targets:dataset-url', '/data/other.json');
    page('/timeline');
    expect(preloads()).toEqual([['fetch', '/data/other.json', 'anonymous']]);
  });

  it.each([['another site', '//elsewhere.example/data.json'], ['a path out of the site', '/../secret.json'], ['an absolute URL', 'https://elsewhere.example/d.json']])(
    'never for %s',
    (_name, named) => {
      page(`/?dataset=${encodeURIComponent(named)}`);
      expect(preloads()).toEqual([]);
    },
  );

  it('nor for the shipped one, which index.html already preloads', () => {
    page('/');
    expect(preloads()).toEqual([]);
  });
});
