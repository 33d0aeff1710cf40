import { WorkspaceApiError, type WorkspaceClient } from '../../../api/workspace-client';
import { accountSchema, type Account } from '../../../domain/workspace';

/** Who last signed in on this browser, so the workspace opens offline (its records and outbox are kept here). */
export const REMEMBERED_ACCOUNT_KEY = 'policy-targets:workspace-account';

export type SessionState = { user: Account | null; publicRead: boolean; offline: boolean };

function remembered(): Account | null {
  try {
    const parsed = accountSchema.safeParse(JSON.parse(localStorage.getItem(REMEMBERED_ACCOUNT_KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function remember(user: Account | null) {
  try {
    if (user) localStorage.setItem(REMEMBERED_ACCOUNT_KEY, JSON.stringify(user));
    else localStorage.removeItem(REMEMBERED_ACCOUNT_KEY);
  } catch {
    // No storage: the workspace simply does not open offline.
  }
}

/**
 * Who is signed in, as the server says; when the server cannot be reached (no answer at all, not
 * a refusal), the person who last signed in here, marked offline: they keep reading the copy this
 * browser holds and their changes wait in the outbox. A 401 forgets them.
 */
export async function sessionOrRemembered(client: WorkspaceClient): Promise<SessionState> {
  try {
    const session = await client.session();
    remember(session.user);
    return { ...session, offline: false };
  } catch (error) {
    const unreachable = error instanceof WorkspaceApiError && error.status === undefined;
    const user = unreachable ? remembered() : null;
    if (user) return { user, publicRead: false, offline: true };
    throw error;
  }
}
