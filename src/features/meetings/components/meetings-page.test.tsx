import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../../test/render';
import type { MeetingRecord } from '../../../domain/records';
import { useRecords } from '../../../stores/records';

const meetingArticle = (title: string) => screen.findByRole('article', { name: title });

describe('the meetings page', () => {
  it('holds a meeting, records its decisions, marks one done and carries the other forward', async () => {
    const { user } = renderApp('/meetings?lang=en');
    expect(await screen.findByText(/No meeting held yet/)).toBeInTheDocument();

    const hold = screen.getByRole('form', { name: 'Hold a meeting' });
    await user.click(within(hold).getByRole('button', { name: 'Hold the meeting' }));
    expect(within(hold).getByLabelText('Title')).toHaveAccessibleDescription('Required.');
    await user.clear(within(hold).getByLabelText('Date'));
    await user.type(within(hold).getByLabelText('Date'), '2026-11-20');
    await user.type(within(hold).getByLabelText('Title'), 'First review');
    await user.type(within(hold).getByLabelText('Participants'), 'Department of Planning');
    await user.click(within(hold).getByRole('button', { name: 'Hold the meeting' }));
    await meetingArticle('First review');
    expect(await within(screen.getByRole('region', { name: 'Hold a meeting' })).findByText('Meeting “First review” held; its snapshot is kept.')).toHaveAttribute('role', 'status');

    const first = await meetingArticle('First review');
    expect(first).toHaveTextContent('Participants: Department of Planning');
    expect(first).toHaveTextContent('No decision recorded at this meeting.');

    const addDecision = async (text: string, owner: string, dueOn: string) => {
      const form = within(first).getByRole('form', { name: 'Add a decision to First review' });
      if (!within(first).getByText('Add a decision').closest('details')!.open) await user.click(within(first).getByText('Add a decision'));
      await user.type(within(form).getByLabelText('Decision'), text);
      await user.type(within(form).getByLabelText('Owner'), owner);
      await user.type(within(form).getByLabelText('Due date'), dueOn);
      await user.selectOptions(within(form).getByLabelText('Linked commitments'), 'r292-t1');
      await user.click(within(form).getByRole('button', { name: 'Add the decision' }));
      // The decision's text, listed once saved (not the form's field, which holds it until then).
      return within(first).findByText(text, { ignore: 'textarea, script, style' });
    };
    await user.click(within(first).getByText('Add a decision'));
    await user.click(within(first).getByRole('button', { name: 'Add the decision' }));
    expect(within(first).getByLabelText('Decision')).toHaveAccessibleDescription('Required.');
    expect(within(first).getByLabelText('Owner')).toHaveAccessibleDescription('A unit or a person. Required.');
    await user.clear(within(first).getByLabelText('Decision'));

    const late = (await addDecision('Send the draft decree', 'Legal Department', '2026-11-25')).closest('li')!;
    expect(late).toHaveTextContent(/^Overdue Send the draft decree/);
    expect(late).toHaveTextContent('Owner: Legal Department · due 25 November 2026');
    expect(within(late).getByRole('link', { name: /^Perfect institutions/ })).toBeInTheDocument();

    const other = (await addDecision('Brief the Minister', 'Office of the Ministry', '2027-01-15')).closest('li')!;
    expect(other).toHaveTextContent(/^Open Brief the Minister/);
    await user.click(within(other).getByRole('button', { name: 'Mark done: Brief the Minister' }));
    const done = within(other).getByRole('form', { name: 'Mark done: Brief the Minister' });
    await user.clear(within(done).getByLabelText('Done on'));
    await user.type(within(done).getByLabelText('Done on'), '2026-11-10');
    await user.click(within(done).getByRole('button', { name: 'Mark as done' }));
    expect(within(done).getByLabelText('Done on')).toHaveAccessibleDescription('This is before the meeting.');
    await user.clear(within(done).getByLabelText('Done on'));
    await user.type(within(done).getByLabelText('Done on'), '2026-11-28');
    await user.type(within(done).getByLabelText('What was done'), 'Briefed in person');
    await user.click(within(done).getByRole('button', { name: 'Mark as done' }));
    expect(await within(other).findByText(/done on 28 November 2026: Briefed in person/)).toBeInTheDocument();
    expect(other).toHaveTextContent(/^Done Brief the Minister/);

    await user.type(within(hold).getByLabelText('Title'), 'Second review');
    await user.click(within(hold).getByRole('button', { name: 'Hold the meeting' }));
    const second = await meetingArticle('Second review');
    // Newest first, and only the decision still open comes forward.
    expect(screen.getAllByRole('article').map((a) => within(a).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'Second review',
      'First review',
    ]);
    const carried = within(second).getByRole('heading', { name: 'Carried forward from earlier meetings' }).nextElementSibling as HTMLElement;
    expect(within(carried).getAllByRole('listitem').map((li) => li.querySelector('.decision-text')!.textContent)).toEqual(['Overdue Send the draft decree']);
    const carriedItem = within(carried).getByRole('listitem');
    expect(carriedItem).toHaveTextContent('Decided at “First review” (20 November 2026) · Owner: Legal Department · due 25 November 2026');

    // Done on a day after the meeting that took it, though marked at a later one.
    await user.click(within(carriedItem).getByRole('button', { name: 'Mark done: Send the draft decree' }));
    const doneHere = within(carriedItem).getByRole('form', { name: 'Mark done: Send the draft decree' });
    await user.clear(within(doneHere).getByLabelText('Done on'));
    await user.type(within(doneHere).getByLabelText('Done on'), '2026-11-21');
    await user.click(within(doneHere).getByRole('button', { name: 'Mark as done' }));
    expect(await within(second).findByText('Nothing carried forward.')).toBeInTheDocument();
    expect(first).toHaveTextContent(/Done Send the draft decree.*done on 21 November 2026/);

    // Its decisions would be lost with it: they are deleted first.
    await user.click(within(first).getByRole('button', { name: 'Delete the meeting First review' }));
    expect(within(first).getByRole('alert')).toHaveTextContent('This meeting has decisions: delete them first, so none is lost with it.');
    expect(screen.getByRole('article', { name: 'First review' })).toBeInTheDocument();
  });

  it("edits a meeting's title, participants and notes, and keeps its snapshot", async () => {
    const { user } = renderApp('/meetings?lang=en');
    const hold = await screen.findByRole('form', { name: 'Hold a meeting' });
    await user.type(within(hold).getByLabelText('Title'), 'Quarterly review');
    await user.click(within(hold).getByRole('button', { name: 'Hold the meeting' }));
    const meeting = await meetingArticle('Quarterly review');
    const stored = () => useRecords.getState().records.find((r): r is MeetingRecord => r.kind === 'meeting')!;
    const snapshot = stored().snapshot;

    await user.click(within(meeting).getByRole('button', { name: 'Edit the meeting Quarterly review' }));
    const form = within(meeting).getByRole('form', { name: 'Edit the meeting Quarterly review' });
    await user.clear(within(form).getByLabelText('Title'));
    await user.type(within(form).getByLabelText('Title'), 'Quarterly review, Q4');
    await user.type(within(form).getByLabelText('Notes'), 'Minutes to follow.');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    const edited = await meetingArticle('Quarterly review, Q4');
    expect(edited).toHaveTextContent('Minutes to follow.');
    expect(stored().snapshot).toEqual(snapshot);
    expect(stored().title).toBe('Quarterly review, Q4');
  });
});
