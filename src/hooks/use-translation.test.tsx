import { act, render, screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { useTranslation } from './use-translation';

async function instance() {
  const i18n = createInstance();
  await i18n.init({
    lng: 'en',
    resources: { en: { translation: { hello: 'Hello {{name}}' } }, fr: { translation: { hello: 'Bonjour {{name}}' } } },
    interpolation: { escapeValue: false },
  });
  return i18n;
}

const seen: unknown[] = [];
function Greeting() {
  const { t, i18n } = useTranslation();
  seen.push(t);
  return (
    <p>
      {(t as unknown as (key: string, options: object) => string)('hello', { name: 'Lan' })} ({i18n.language})
    </p>
  );
}

describe('the app’s translate function', () => {
  it('translates with the provider’s i18next, shares one function across components, and re-renders when the language changes', async () => {
    const i18n = await instance();
    seen.length = 0;
    render(
      <I18nextProvider i18n={i18n}>
        <Greeting />
        <Greeting />
      </I18nextProvider>,
    );
    expect(screen.getAllByText('Hello Lan (en)')).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);

    await act(() => i18n.changeLanguage('fr'));
    expect(screen.getAllByText('Bonjour Lan (fr)')).toHaveLength(2);
    expect(seen.at(-1)).not.toBe(seen[0]);
  });
});
