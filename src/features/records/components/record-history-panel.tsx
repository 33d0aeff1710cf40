import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { DataTable, type Column } from '../../../components/data-table';
import type { UserRecord } from '../../../domain/records';
import { useFormat } from '../../../hooks/use-format';
import { useRecords, type WriteResult } from '../../../stores/records';
import { useCanWrite, useWorkspace } from '../../../stores/workspace';

export type RenderRecordForm<T> = (props: { editing?: T; onSave: (record: T) => Promise<WriteResult>; onCancel?: () => void }) => ReactNode;

/**
 * A form to add records about one subject, and their history below it, each row with Edit
 * (the same form, filled in) and Delete (with undo, through the records store).
 */
export function RecordHistoryPanel<T extends UserRecord>({ id, title, historyCaption, emptyText, rows, columns, renderForm, rowLabel }: {
  id: string;
  title: string;
  historyCaption: string;
  emptyText: string;
  rows: T[];
  columns: Column<T>[];
  renderForm: RenderRecordForm<T>;
  /** Names a row for the Edit and Delete buttons ("the figure of 30 June 2025"). */
  rowLabel: (row: T) => { edit: string; delete: string };
}) {
  const { t } = useTranslation();
  const { add, update, remove } = useRecords.getState();
  const [editing, setEditing] = useState<T | null>(null);
  const canWrite = useCanWrite();
  const inWorkspace = useWorkspace((s) => s.active);
  const meta = useWorkspace((s) => s.meta);
  const role = useWorkspace((s) => s.account?.role ?? 'viewer');
  const format = useFormat();
  const who = (name: string | undefined, at: string | undefined) => (name && at ? `${name}, ${format.instant(at)}` : (name ?? ''));
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {!canWrite ? (
        <p className="muted">{t('workspace.readOnly', { role: t(`workspace.roles.${role}`) })}</p>
      ) : editing ? (
        <div key={editing.id}>
          {renderForm({
            editing,
            onSave: async (r) => {
              const saved = await update(r);
              if (saved.ok) setEditing(null);
              return saved;
            },
            onCancel: () => setEditing(null),
          })}
        </div>
      ) : (
        renderForm({ onSave: add })
      )}
      <h3>{t('records.history')}</h3>
      {rows.length === 0 ? (
        <p className="empty">{emptyText}</p>
      ) : (
        <DataTable
          caption={historyCaption}
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            ...columns,
            // In a team workspace, who created each record and who changed it last.
            ...(inWorkspace
              ? [
                  { header: t('workspace.createdBy'), cell: (r: T) => who(meta[r.id]?.createdBy, r.createdAt) },
                  { header: t('workspace.changedBy'), cell: (r: T) => who(meta[r.id]?.updatedBy, r.updatedAt) },
                ]
              : []),
            ...(canWrite ? [{
              header: t('records.actions'),
              cell: (r: T) => (
                <span className="row-actions">
                  <button type="button" onClick={() => setEditing(r)} aria-label={rowLabel(r).edit}>
                    {t('records.edit')}
                  </button>
                  <button type="button" onClick={() => void remove(r.id)} aria-label={rowLabel(r).delete}>
                    {t('records.delete')}
                  </button>
                </span>
              ),
            }] : []),
          ]}
        />
      )}
    </section>
  );
}
