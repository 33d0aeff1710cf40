import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../../hooks/use-translation';
import { DataTable } from '../../../components/data-table';
import { userRecordSchema } from '../../../domain/records';
import type { AuditEntry } from '../../../domain/workspace';
import { useFormat } from '../../../hooks/use-format';
import { useWorkspace } from '../../../stores/workspace';
import { workspaceKeys } from '../api/workspace-sync';
import { describeRecord } from './describe-record';
import { useWorkspaceContext } from './workspace-context';
import '../workspace.css';

/** A record as the log kept it, in one line; whatever does not read as a record, as nothing. */
function describe(value: unknown): string {
  const parsed = userRecordSchema.safeParse(value);
  if (parsed.success) return describeRecord(parsed.data);
  const account = value as { email?: unknown; role?: unknown; disabled?: unknown } | null;
  return typeof account?.email === 'string' ? `${account.email} (${String(account.role)}${account.disabled === true ? ', disabled' : ''})` : '';
}

/** The audit log, for admins: who changed what and when, before and after; all of it as CSV. */
export function AuditLog() {
  const { t } = useTranslation();
  const format = useFormat();
  const context = useWorkspaceContext();
  const admin = useWorkspace((s) => s.account?.role === 'admin');
  const entries = useQuery({
    queryKey: [...workspaceKeys.all, 'audit'],
    queryFn: () => context!.client.audit(),
    enabled: context !== null && admin,
  });
  if (!context || !admin) return <p className="panel">{t('workspace.audit.adminsOnly')}</p>;
  return (
    <section className="panel" aria-labelledby="audit-title">
      <h1 id="audit-title">{t('workspace.audit.title')}</h1>
      <p>
        {t('workspace.audit.intro')} <a href="/api/audit.csv" download>{t('workspace.audit.csv')}</a>
      </p>
      {entries.isError && <p role="alert">{t('workspace.audit.failed')}</p>}
      {entries.data && (
        <DataTable<AuditEntry>
          caption={t('workspace.audit.caption', { count: entries.data.length })}
          rows={entries.data}
          rowKey={(e) => String(e.id)}
          columns={[
            { header: t('workspace.audit.when'), cell: (e) => format.instant(e.at) },
            { header: t('workspace.audit.who'), cell: (e) => e.userEmail },
            { header: t('workspace.audit.what'), cell: (e) => t(`workspace.audit.actions.${e.action}`, { defaultValue: e.action }) },
            { header: t('workspace.audit.before'), cell: (e) => describe(e.before) },
            { header: t('workspace.audit.after'), cell: (e) => describe(e.after) },
          ]}
        />
      )}
    </section>
  );
}
