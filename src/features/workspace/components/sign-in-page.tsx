import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../../hooks/use-translation';
import '../workspace.css';
import { WorkspaceApiError, type WorkspaceClient } from '../../../api/workspace-client';
import { workspaceKeys } from '../api/workspace-sync';

/** The team workspace's door: email and password, and what went wrong in plain words. */
export function SignInPage({ client }: { client: WorkspaceClient }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => client.signIn({ email, password }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.session() }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };
  const error = signIn.error;
  const message =
    error instanceof WorkspaceApiError && error.status === 401
      ? t('workspace.signIn.wrong')
      : error instanceof WorkspaceApiError && error.status === 429
        ? t('workspace.signIn.tooMany')
        : error
          ? t('workspace.unreachable')
          : null;
  return (
    <main className="sign-in" id="main">
      <h1>{t('app.title')}</h1>
      <form className="panel sign-in-form" onSubmit={submit} aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">{t('workspace.signIn.title')}</h2>
        <p>{t('workspace.signIn.intro')}</p>
        <label>
          {t('workspace.signIn.email')}
          <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t('workspace.signIn.password')}
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" disabled={signIn.isPending}>
          {t('workspace.signIn.submit')}
        </button>
      </form>
    </main>
  );
}
