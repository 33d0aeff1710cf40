import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../test/render';
import type { AssignmentRecord } from '../../domain/records';
import { useRecords } from '../../stores/records';

const assignment = (commitmentId: string, over: Partial<AssignmentRecord> = {}): AssignmentRecord => ({
  id: `u-asg-${commitmentId}`,
  kind: 'assignment',
  commitmentId,
  lead: 'Department of Personnel',
  coLeads: [],
  dueOn: '2026-12-31',
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-01T08:00:00.000Z',
  ...over,
});

const rowOf = (table: HTMLElement, name: string) => within(table).getAllByRole('row').find((r) => within(r).queryAllByRole('cell')[0]?.textContent === name);

describe('responsible units and deadlines', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T09:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('sets a commitment’s lead unit, co-lead and due date on its page, and shows them among its facts', async () => {
    const { user } = renderApp('/commitments/r292-t3-m1?lang=en');
    const form = await screen.findByRole('form', { name: 'Units and due date' });
    await user.type(within(form).getByLabelText('Lead unit'), 'Department of Personnel');
    await user.type(within(form).getByLabelText('Co-leads'), 'Diplomatic Academy');
    await user.type(within(form).getByLabelText('Due date'), '2026-12-31');
    await user.click(within(form).getByRole('button', { name: 'Save units and due date' }));
    const facts = screen.getByRole('article');
    expect(await within(facts).findByText('Department of Personnel')).toBeInTheDocument();
    expect(within(facts).getByText('(set by users)')).toBeInTheDocument();
    expect(within(facts).getByText('Diplomatic Academy')).toBeInTheDocument();
    expect(within(facts).getByText('31 December 2026')).toBeInTheDocument();
    const history = screen.getByRole('table', { name: /Units and due dates set for this commitment/ });
    expect(within(history).getAllByRole('row')).toHaveLength(2);
  });

  it('filters the commitments by the unit in the URL, and the filter bar changes it', async () => {
    await useRecords.getState().importRecords([assignment('r292-t3-m1'), assignment('r292-t4-m1', { lead: 'Department of Finance' })]);
    const { user, location } = renderApp('/?lang=en&unit=Department%20of%20Personnel');
    const unit = await screen.findByRole('combobox', { name: 'Unit' });
    expect(unit).toHaveDisplayValue('Department of Personnel');
    // The measure, and its task for context.
    const matching = await screen.findByRole('region', { name: '2 matching commitments' });
    expect(within(matching).getByRole('link', { name: /Conduct research, draw up plans/ })).toBeInTheDocument();
    expect(within(matching).queryByRole('link', { name: /Improve the remuneration regime/ })).toBeNull();
    await user.selectOptions(unit, 'Department of Finance');
    expect(new URLSearchParams(location().search).get('unit')).toBe('Department of Finance');
    expect(await screen.findByRole('link', { name: /Improve the remuneration regime/ })).toBeInTheDocument();
    await user.selectOptions(unit, 'All units');
    expect(new URLSearchParams(location().search).has('unit')).toBe(false);
  });

  it('counts status per unit, and each unit opens its commitments', async () => {
    await useRecords.getState().importRecords([assignment('r292-t3-m1', { coLeads: ['Department of Finance'] }), assignment('r292-t4-m1', { lead: 'Department of Finance' })]);
    const { user, location } = renderApp('/?lang=en');
    const panel = await screen.findByRole('region', { name: 'Status by responsible unit' });
    const table = within(panel).getByRole('table');
    expect(rowOf(table, 'Department of Finance')).toHaveTextContent(/2$/);
    expect(rowOf(table, 'Department of Personnel')).toHaveTextContent(/1$/);
    expect(rowOf(table, 'No unit named')).toBeDefined();
    await user.click(within(panel).getByRole('link', { name: 'Show the commitments of Department of Finance' }));
    expect(new URLSearchParams(location().search).get('unit')).toBe('Department of Finance');
  });

  it('counts a commitment open until its due date and overdue from the day after, per resolution and per unit', async () => {
    await useRecords.getState().importRecords([assignment('r292-t3-m1')]);
    const counts = async () => {
      const panel = await screen.findByRole('region', { name: 'Deadlines as the Government Office counts them' });
      const byUnit = within(panel).getByRole('table', { name: 'By unit' });
      const cells = within(rowOf(byUnit, 'Department of Personnel')!).getAllByRole('cell').map((c) => c.textContent);
      return { byUnit: cells, resolution: within(rowOf(within(panel).getByRole('table', { name: 'By resolution' }), 'Resolution 292/NQ-CP')!).getAllByRole('cell').map((c) => c.textContent) };
    };
    const first = renderApp('/?lang=en');
    // Columns: unit, done on time, done late, open, overdue, no deadline, total.
    expect((await counts()).byUnit).toEqual(['Department of Personnel', '0', '0', '1', '0', '0', '1']);
    // Resolution 292: this measure and the one a source makes due in 2030 are open.
    expect((await counts()).resolution.slice(3, 5)).toEqual(['2', '0']);
    first.unmount();
    vi.setSystemTime(new Date('2027-01-01T09:00:00Z'));
    renderApp('/?lang=en');
    expect((await counts()).byUnit).toEqual(['Department of Personnel', '0', '0', '0', '1', '0', '1']);
    expect((await counts()).resolution.slice(3, 5)).toEqual(['1', '1']);
  });

  it('gives the counts a section of the report, listed in its contents', async () => {
    await useRecords.getState().importRecords([assignment('r292-t3-m1', { dueOn: '2026-06-30' })]);
    renderApp('/report?lang=en');
    const section = await screen.findByRole('region', { name: 'Deadlines as the Government Office counts them' });
    expect(within(section).getByText(/On 2 December 2026\./)).toBeInTheDocument();
    const byUnit = within(section).getByRole('table', { name: 'By unit' });
    expect(within(rowOf(byUnit, 'Department of Personnel')!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Department of Personnel', '0', '0', '0', '1', '0', '1']);
    expect(within(screen.getByRole('navigation', { name: 'Contents' })).getByRole('link', { name: 'Deadlines as the Government Office counts them' })).toHaveAttribute('href', '#report-deadline-counts');
  });

  it('gives the counts a slide, whose title says how many are overdue', async () => {
    await useRecords.getState().importRecords([assignment('r292-t3-m1', { dueOn: '2026-06-30' })]);
    const { user } = renderApp('/present?lang=en');
    await screen.findByRole('heading', { level: 1 });
    await user.keyboard('{End}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deadlines on 2 December 2026 — 1 commitment overdue' })).toBeInTheDocument();
    expect(screen.getByText('Overdue').previousSibling).toHaveTextContent('1');
  });

  it('shows the units a source names, with the sentence, and says when the lead is the dataset’s reading', async () => {
    renderApp('/commitments/r292-t3-m2?lang=en');
    const facts = await screen.findByRole('article');
    expect(await within(facts).findByText('Ministry of Foreign Affairs')).toBeInTheDocument();
    expect(within(facts).getByText('(named by the sources)')).toBeInTheDocument();
    expect(within(facts).getByText('Ministries, agencies and localities')).toBeInTheDocument();
    const sources = within(facts).getByRole('heading', { name: 'Who is to act, in the sources' }).parentElement!;
    expect(within(sources).getByRole('note')).toHaveTextContent(/Who leads is the dataset’s reading/);
    expect(within(sources).getByText(/continuer à présider et à coordonner avec les ministères/)).toBeInTheDocument();
  });
});
