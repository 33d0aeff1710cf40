import { WorkspaceApiError, type WorkspaceClient } from '../../../api/workspace-client';
import { REMEMBERED_ACCOUNT_KEY, sessionOrRemembered } from './remembered-account';

const lan = { id: 1, email: 'lan@example.org', name: 'Lan', role: 'editor' as const };
const client = (session: WorkspaceClient['session']) => ({ session }) as WorkspaceClient;
const unreachable = new WorkspaceApiError('The server could not be reached.', undefined, 'network', undefined);

describe('who is signed in, online and off', () => {
  beforeEach(() => localStorage.clear());

  it('opens offline as the person who last signed in here, and asks again once online', async () => {
    await sessionOrRemembered(client(async () => ({ user: lan, publicRead: false })));
    await expect(sessionOrRemembered(client(() => Promise.reject(unreachable)))).resolves.toEqual({ user: lan, publicRead: false, offline: true });
  });

  it('forgets them when the server says nobody is signed in, and then needs the server', async () => {
    await sessionOrRemembered(client(async () => ({ user: lan, publicRead: false })));
    await expect(sessionOrRemembered(client(async () => ({ user: null, publicRead: false })))).resolves.toMatchObject({ user: null, offline: false });
    expect(localStorage.getItem(REMEMBERED_ACCOUNT_KEY)).toBeNull();
    await expect(sessionOrRemembered(client(() => Promise.reject(unreachable)))).rejects.toBe(unreachable);
  });

  it('never opens from memory on a refusal, nor from a stored value that is not an account', async () => {
    localStorage.setItem(REMEMBERED_ACCOUNT_KEY, JSON.stringify(lan));
    const refused = new WorkspaceApiError('Server error', 500, 'internal', undefined);
    await expect(sessionOrRemembered(client(() => Promise.reject(refused)))).rejects.toBe(refused);
    localStorage.setItem(REMEMBERED_ACCOUNT_KEY, '{"role":"admin"}');
    await expect(sessionOrRemembered(client(() => Promise.reject(unreachable)))).rejects.toBe(unreachable);
  });
});
