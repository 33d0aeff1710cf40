import type { Locale, LocalizedText } from './types';

export const localize = (text: LocalizedText, locale: Locale): string => text[locale];

/** Case- and accent-insensitive, so "nghi quyet" finds "Nghị quyết" and "reseau" finds "réseau". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
