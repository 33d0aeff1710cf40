import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { VirtualList } from './virtual-list';

const items = (n: number) => Array.from({ length: n }, (_, i) => `item ${i + 1}`);
const list = (n: number) => (
  <VirtualList items={items(n)} getKey={(s) => s} renderItem={(s) => s} label="Deadlines" estimateSize={40} as="ol" />
);

describe('VirtualList', () => {
  afterEach(() => vi.restoreAllMocks());

  it('renders a short list whole, as a labelled list', () => {
    render(list(5));
    expect(screen.getByRole('list', { name: 'Deadlines' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
  });

  it('puts a long list in a labelled, focusable scroll region and draws only what fits in it', async () => {
    // jsdom lays nothing out: give the scroll region the 400 px and each row the
    // 40 px a browser would, so ten rows are in view.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('virtual-scroller') ? 400 : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.hasAttribute('data-index') ? 40 : 0;
    });
    render(list(2_000));
    // The window's code is a chunk of its own: the rows come once it is there.
    const drawn = await screen.findAllByRole('listitem');
    const region = screen.getByRole('region', { name: 'Deadlines' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).not.toHaveAttribute('aria-busy');
    // The ten rows in view plus the overscan, not the two thousand.
    expect(drawn.length).toBeGreaterThanOrEqual(10);
    expect(drawn.length).toBeLessThanOrEqual(20);
    expect(drawn[0]).toHaveTextContent('item 1');
    for (const [i, li] of drawn.entries()) {
      expect(li).toHaveAttribute('aria-setsize', '2000');
      expect(li).toHaveAttribute('aria-posinset', String(i + 1));
    }
  });

  it('keeps a long list’s place, labelled and busy, while the window’s code loads', async () => {
    // A fresh copy of the module, whose window has not been loaded by an earlier test.
    vi.resetModules();
    const fresh = await import('./virtual-list');
    render(<fresh.VirtualList items={items(2_000)} getKey={(s) => s} renderItem={(s) => s} label="Deadlines" estimateSize={40} as="ol" />);
    const waiting = screen.getByRole('region', { name: 'Deadlines' });
    expect(waiting).toHaveAttribute('aria-busy', 'true');
    // The items' estimated height (the stylesheet caps it as it caps the list), so nothing below moves.
    expect(waiting.style.height).toBe(`${2_000 * 40}px`);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    // Then the window, focusable for the keyboard, takes its place.
    await waitFor(() => expect(screen.getByRole('region', { name: 'Deadlines' })).toHaveAttribute('tabindex', '0'));
    expect(screen.getByRole('region', { name: 'Deadlines' })).not.toHaveAttribute('aria-busy');
  });
});
