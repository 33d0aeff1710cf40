import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../../../lib/i18n';
import { FigureForm } from './figure-form';

const context = { dataStart: '2024-11-28', today: '2026-11-23', largestMilestone: 150 };

function setup(onSave = vi.fn()) {
  render(
    <I18nextProvider i18n={initI18n()}>
      <FigureForm targetId="agencies-abroad" unit="agencies" context={context} onSave={onSave} />
    </I18nextProvider>,
  );
  const user = userEvent.setup();
  const fill = async (label: string, value: string) => {
    const field = screen.getByLabelText(label, { exact: true });
    await user.clear(field);
    if (value) await user.type(field, value);
  };
  const submit = () => user.click(screen.getByRole('button', { name: 'Record the figure' }));
  return { onSave, fill, submit };
}

describe('FigureForm', () => {
  it('saves a valid figure with its source, as a number and a date', async () => {
    const { onSave, fill, submit } = setup();
    await fill('Value (agencies)', '97,5');
    await fill('As of', '2026-01-01');
    await fill('Source', 'MOFA annual report');
    await fill('Link to the source (optional)', 'https://mofa.gov.vn/report');
    await submit();
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'figure',
        targetId: 'agencies-abroad',
        value: 97.5,
        asOf: '2026-01-01',
        source: { text: 'MOFA annual report', url: 'https://mofa.gov.vn/report' },
      }),
    );
    expect(screen.getByLabelText('Value (agencies)')).toHaveValue('');
  });

  it.each([
    ['12abc', 'Enter a number, such as 97 or 97.5.'],
    ['-4', 'A figure cannot be negative.'],
    ['999999999', 'This is far above the target'],
  ])('refuses the value %s with its reason, saving nothing', async (value, message) => {
    const { onSave, fill, submit } = setup();
    await fill('Value (agencies)', value);
    await fill('As of', '2026-01-01');
    await fill('Source', 'report');
    await submit();
    expect(screen.getByText(message, { exact: false })).toBeInTheDocument();
    expect(screen.getByLabelText('Value (agencies)')).toHaveAttribute('aria-invalid', 'true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses dates outside the data and links that are not http(s)', async () => {
    const { onSave, fill, submit } = setup();
    await fill('Value (agencies)', '97');
    await fill('As of', '2020-01-01');
    await fill('Source', 'report');
    await fill('Link to the source (optional)', 'javascript:alert(1)');
    await submit();
    expect(screen.getByText('This date is before the data begins.')).toBeInTheDocument();
    expect(screen.getByText('Only http:// or https:// links are accepted.')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('keeps what was typed, and says what happened and what to do, when the browser refuses to store it', async () => {
    const onSave = vi.fn().mockResolvedValueOnce({ ok: false, failure: 'quota' }).mockResolvedValueOnce({ ok: true });
    const { fill, submit } = setup(onSave);
    await fill('Value (agencies)', '97');
    await fill('As of', '2026-01-01');
    await fill('Source', 'MOFA annual report');
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved — what you typed is still in the form.');
    expect(screen.getByRole('alert')).toHaveTextContent('Export your records');
    expect(screen.getByLabelText('Value (agencies)')).toHaveValue('97');
    await submit();
    expect(onSave).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(screen.getByLabelText('Value (agencies)')).toHaveValue(''));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
