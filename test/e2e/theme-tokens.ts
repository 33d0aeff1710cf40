/**
 * The theme's colour tokens as the stylesheets define them, for tests that check which theme a
 * page shows: a test reads the token rather than repeating a colour that a redesign would change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const css = (file: string) => readFileSync(join(import.meta.dirname, '../../src', file), 'utf8');

/** `--name`'s value in the first block of `file` whose selector list starts with `selector`. */
function tokenIn(file: string, selector: string, name: string): string {
  const text = css(file);
  const at = text.indexOf(selector);
  if (at < 0) throw new Error(`${selector} not found in ${file}`);
  const block = text.slice(text.indexOf('{', at), text.indexOf('}', at));
  const value = new RegExp(`--${name}:\\s*([^;]+);`).exec(block)?.[1]?.trim();
  if (!value) throw new Error(`--${name} not set by ${selector} in ${file}`);
  return value;
}

/** '#0f1216' → 'rgb(15, 18, 22)', as getComputedStyle reports it. */
export function rgb(hex: string): string {
  const n = parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

export const themeToken = {
  dark: (name: string) => tokenIn('styles.css', ":root[data-theme='dark']", name),
  print: (name: string) => tokenIn('print.css', '@media print', name),
};
