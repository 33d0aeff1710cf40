import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../../test/render';

const storage = (persisted: boolean) => ({
  estimate: () => Promise.resolve({ usage: 1_500_000, quota: 2_000_000_000 }),
  persisted: () => Promise.resolve(persisted),
  persist: () => Promise.resolve(persisted),
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('My records: storage in this browser', () => {
  it('says how much the site uses of what the browser allows, and to export when the browser may clear it', async () => {
    Object.defineProperty(navigator, 'storage', { value: storage(false), configurable: true });
    renderApp('/records?lang=en');
    const panel = await screen.findByRole('region', { name: 'Storage in this browser' });
    expect(await within(panel).findByText('This site uses 1.5 MB of the 2 GB this browser allows it.')).toBeInTheDocument();
    expect(within(panel).getByText(/may clear this site’s data .* export your records regularly/)).toBeInTheDocument();
  });

  it('says the records are kept when the browser has agreed to', async () => {
    Object.defineProperty(navigator, 'storage', { value: storage(true), configurable: true });
    renderApp('/records?lang=en');
    expect(await screen.findByText(/Your records are kept until you delete them/)).toBeInTheDocument();
  });
});
