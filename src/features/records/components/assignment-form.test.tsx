import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../../../lib/i18n';
import { AssignmentForm } from './assignment-form';

function setup() {
  const onSave = vi.fn().mockResolvedValue({ ok: true });
  render(
    <I18nextProvider i18n={initI18n()}>
      <AssignmentForm commitmentId="r292-t3-m2" onSave={onSave} />
    </I18nextProvider>,
  );
  const user = userEvent.setup();
  return { onSave, user, submit: () => user.click(screen.getByRole('button', { name: 'Save units and due date' })) };
}

describe('AssignmentForm', () => {
  it('saves the lead, the co-leads one a line and the team’s due date as an assignment record, then empties', async () => {
    const { onSave, user, submit } = setup();
    await user.type(screen.getByLabelText('Lead unit'), 'Ministry of Foreign Affairs');
    await user.type(screen.getByLabelText('Co-leads'), 'Ministry of Home Affairs{Enter}Provinces');
    await user.type(screen.getByLabelText('Due date'), '2026-06-30');
    await submit();
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'assignment',
        commitmentId: 'r292-t3-m2',
        lead: 'Ministry of Foreign Affairs',
        coLeads: ['Ministry of Home Affairs', 'Provinces'],
        dueOn: '2026-06-30',
        id: expect.stringMatching(/^u-asg-/),
      }),
    );
    expect(screen.getByLabelText('Lead unit')).toHaveValue('');
  });

  it('says what is missing and saves nothing when nothing is set', async () => {
    const { onSave, submit } = setup();
    await submit();
    expect(screen.getByLabelText('Lead unit')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Required.')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses a co-lead named twice, beside the field', async () => {
    const { onSave, user, submit } = setup();
    await user.type(screen.getByLabelText('Lead unit'), 'Provinces');
    await user.type(screen.getByLabelText('Co-leads'), 'provinces');
    await submit();
    expect(screen.getByLabelText('Co-leads')).toHaveAccessibleDescription(expect.stringContaining('This is already there.'));
    expect(onSave).not.toHaveBeenCalled();
  });
});
