import { render, screen } from '@testing-library/react';
import { VirtualList } from './virtual-list';

const items = (n: number) => Array.from({ length: n }, (_, i) => `item ${i + 1}`);
const list = (n: number) => (
  <VirtualList items={items(n)} getKey={(s) => s} renderItem={(s) => s} label="Deadlines" estimateSize={40} as="ol" />
);

describe('VirtualList', () => {
  it('renders a short list whole, as a labelled list', () => {
    render(list(5));
    expect(screen.getByRole('list', { name: 'Deadlines' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
  });

  it('puts a long list in a labelled, focusable scroll region and draws only part of it', () => {
    render(list(2_000));
    const region = screen.getByRole('region', { name: 'Deadlines' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(screen.queryAllByRole('listitem').length).toBeLessThan(2_000);
    for (const li of screen.queryAllByRole('listitem')) expect(li).toHaveAttribute('aria-setsize', '2000');
  });
});
