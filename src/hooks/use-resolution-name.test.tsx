import { renderHook } from '@testing-library/react';
import { createInstance } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useResolutionName } from './use-resolution-name';

describe('a resolution’s short name', () => {
  it('is worded in the language shown, and the same function serves every render of that language', async () => {
    const i18n = createInstance();
    await i18n.init({ lng: 'vi', resources: { vi: { translation: { resolution: { short: 'Nghị quyết {{code}}' } } } }, interpolation: { escapeValue: false } });
    const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
    const { result, rerender } = renderHook(() => useResolutionName(), { wrapper });
    const first = result.current;
    expect(first('292/NQ-CP')).toBe('Nghị quyết 292/NQ-CP');
    rerender();
    expect(result.current).toBe(first);
    expect(result.current('57-NQ/TW')).toBe('Nghị quyết 57-NQ/TW');
  });
});
