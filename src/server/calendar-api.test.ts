import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readICalendar } from '../../test/factories/icalendar';
import { decisionRecord, meetingDataset, meetingRecord } from '../../test/factories/snapshot';
import { createTestWorkspace, ENGINES, type TestWorkspace } from '../../test/server/workspace-fixture';
import type { CalendarFeedRequest } from '../domain/calendar-contract';

const FRENCH: CalendarFeedRequest = {
  locale: 'fr',
  name: 'Policy Targets — échéances',
  words: { due: 'Échéance', milestone: 'Cible', meeting: 'Réunion', action: 'Action', owner: 'Responsable', about: 'environ', colon: '\u202f: ', commitments: '{{count}} engagements' },
};

describe.each(ENGINES)('calendar feed on %s', (engine) => {
  let ws: TestWorkspace & { drop: () => Promise<void> };
  let viewer: string;
  let editor: string;

  beforeAll(async () => {
    ws = await createTestWorkspace(engine, { dataset: meetingDataset() });
    [viewer, editor] = await Promise.all([ws.signInAs('viewer'), ws.signInAs('editor')]);
    for (const record of [
      meetingRecord('u-m1', '2026-03-01', { title: 'Revue de mars' }),
      decisionRecord('u-d1', 'u-m1', { text: 'Envoyer le projet', owner: 'Direction consulaire', dueOn: '2026-04-15' }),
      decisionRecord('u-d2', 'u-m1', { done: { on: '2026-03-10', note: 'fait' } }),
    ]) {
      const response = await ws.request('/api/records', { method: 'POST', cookie: editor, json: record });
      expect(response.status).toBe(201);
    }
  });
  afterAll(() => ws.drop());

  const subscribe = async (cookie: string | undefined, json: unknown = FRENCH) => ws.request('/api/calendar/feed', { method: 'POST', cookie, json });

  it('gives a signed-in reader a private address a calendar reads without a session, in their language', async () => {
    const response = await subscribe(viewer);
    expect(response.status).toBe(201);
    const { url } = (await response.json()) as { url: string };
    const feed = await ws.request(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = readICalendar(await feed.text());
    expect(calendar.name).toBe('Policy Targets — échéances');
    expect(calendar.events.map((e) => [e.start, e.summary])).toEqual(
      expect.arrayContaining([
        ['2026-03-01', 'Réunion\u202f: Revue de mars'],
        ['2026-04-15', 'Action\u202f: Envoyer le projet (Direction consulaire)'],
      ]),
    );
    expect(calendar.events.some((e) => e.uid.startsWith('action-u-d2'))).toBe(false);
  });

  it('refuses the signed-out and a request without the words, and answers 404 to an address replaced since', async () => {
    expect((await subscribe(undefined)).status).toBe(401);
    expect((await subscribe(viewer, { ...FRENCH, words: { ...FRENCH.words, commitments: 'engagements' } })).status).toBe(400);
    const first = ((await (await subscribe(editor)).json()) as { url: string }).url;
    const second = ((await (await subscribe(editor)).json()) as { url: string }).url;
    expect((await ws.request(first)).status).toBe(404);
    expect((await ws.request(second)).status).toBe(200);
    expect((await ws.request('/api/calendar/not-a-token.ics')).status).toBe(404);
  });

  it("stops answering once the account is disabled", async () => {
    const reader = await ws.signInAs('viewer', 'leaving@example.org');
    const { url } = (await (await subscribe(reader)).json()) as { url: string };
    expect((await ws.request(url)).status).toBe(200);
    const admin = await ws.signInAs('admin');
    const [account] = await ws.db.query<{ id: number }>("select id from users where email = 'leaving@example.org'");
    const disabled = await ws.request(`/api/users/${account!.id}`, { method: 'PATCH', cookie: admin, json: { disabled: true } });
    expect(disabled.status).toBe(200);
    expect((await ws.request(url)).status).toBe(404);
  });
});
