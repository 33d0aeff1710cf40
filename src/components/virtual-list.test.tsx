import { render, screen } from '@testing-library/react';
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

  it('puts a long list in a labelled, focusable scroll region and draws only what fits in it', () => {
    // jsdom lays nothing out: give the scroll region the 400 px and each row the
    // 40 px a browser would, so ten rows are in view.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('virtual-scroller') ? 400 : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.hasAttribute('data-index') ? 40 : 0;
    });
    render(list(2_000));
    const region = screen.getByRole('region', { name: 'Deadlines' });
    expect(region).toHaveAttribute('tabindex', '0');
    const drawn = screen.getAllByRole('listitem');
    // The ten rows in view plus the overscan, not the two thousand.
    expect(drawn.length).toBeGreaterThanOrEqual(10);
    expect(drawn.length).toBeLessThanOrEqual(20);
    expect(drawn[0]).toHaveTextContent('item 1');
    for (const [i, li] of drawn.entries()) {
      expect(li).toHaveAttribute('aria-setsize', '2000');
      expect(li).toHaveAttribute('aria-posinset', String(i + 1));
    }
  });
});
