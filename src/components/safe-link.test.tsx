import { render, screen } from '@testing-library/react';
import { SafeLink } from './safe-link';

describe('SafeLink', () => {
  it('links http(s) addresses, opening them safely in a new tab', () => {
    render(<SafeLink href="https://vtv.vn/a">VTV</SafeLink>);
    expect(screen.getByRole('link', { name: 'VTV' })).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'not a url'])('renders %s as plain text', (href) => {
    render(<SafeLink href={href}>source</SafeLink>);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('source')).toBeInTheDocument();
  });
});
