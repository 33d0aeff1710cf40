import { render as rtlRender, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { resolution } from '../../../../test/factories/dataset';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../../../lib/i18n';
import { ResolutionPicker } from './resolution-picker';

const render = (ui: ReactElement) => rtlRender(
    <I18nextProvider i18n={initI18n()}>
      <MemoryRouter>{ui}</MemoryRouter>
    </I18nextProvider>,
  );

const many = Array.from({ length: 15 }, (_, i) => resolution(`r${i + 1}`, `${i + 1}/NQ-CP`));

describe('ResolutionPicker', () => {
  it('shows a few resolutions as checkboxes at once', () => {
    render(<ResolutionPicker resolutions={many.slice(0, 3)} selected={['r2']} onToggle={() => {}} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getByRole('checkbox', { name: /2\/NQ-CP/ })).toBeChecked();
  });

  it('puts many behind a button that says how many are chosen, with a search box', async () => {
    const onToggle = vi.fn();
    render(<ResolutionPicker resolutions={many} selected={['r1', 'r4']} onToggle={onToggle} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Resolutions: 2 of 15 chosen' });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('checkbox')).toHaveLength(15);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a resolution' }), '12/');
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    await userEvent.click(screen.getByRole('checkbox', { name: /12\/NQ-CP/ }));
    // What the checkbox says finds it too.
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Find a resolution' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a resolution' }), 'Resolution 7/');
    expect(screen.getAllByRole('checkbox').map((c) => c.closest('label')?.textContent)).toEqual(['Resolution 7/NQ-CP']);
    expect(onToggle).toHaveBeenCalledWith('r12');
  });
});
