import { useEffect, useState } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { DataTable } from '../../../components/data-table';
import { datedName, downloadText } from '../../../lib/download';
import { useFormat } from '../../../hooks/use-format';
import { setAsideFile } from '../../../domain/salvage-records';
import { nowIso } from '../../../lib/record-ids';
import { useRecords, type SetAsideItem } from '../../../stores/records';
import { estimateStorage, type StorageEstimate } from '../../../stores/storage-estimate';

/** How much the browser holds for this site, whether it may clear it, and the data set aside as unreadable. */
export function StoragePanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const records = useRecords((s) => s.records);
  const setAside = useRecords((s) => s.setAside);
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  useEffect(() => {
    let live = true;
    void estimateStorage().then((e) => live && setEstimate(e));
    return () => {
      live = false;
    };
  }, [records, setAside]);
  return (
    <section className="panel" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('records.storagePanel.title')}</h2>
      {estimate && (
        <>
          <p>
            {estimate.usage !== null && estimate.quota !== null
              ? t('records.storagePanel.usage', { used: format.bytes(estimate.usage), quota: format.bytes(estimate.quota) })
              : t('records.storagePanel.usageUnknown')}
          </p>
          <p className="muted">{t(estimate.persisted ? 'records.storagePanel.persisted' : 'records.storagePanel.notPersisted')}</p>
        </>
      )}
      <SetAsideList items={setAside} />
    </section>
  );
}

function SetAsideList({ items }: { items: SetAsideItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { readSetAside, deleteSetAside } = useRecords.getState();
  const [asking, setAsking] = useState<SetAsideItem | null>(null);
  const [deleted, setDeleted] = useState(false);
  const when = (item: SetAsideItem) => (item.at ? format.instant(item.at) : t('records.storagePanel.unknownDate'));
  const download = async (item: SetAsideItem) => {
    const raw = await readSetAside(item.ref);
    if (raw === null) return;
    const file = setAsideFile({ raw, reason: item.reason, foundAt: item.at || null, origin: item.origin, exportedAt: nowIso() });
    downloadText(datedName('policy-targets-set-aside', 'json'), 'application/json', file);
  };
  const remove = async (item: SetAsideItem) => {
    const result = await deleteSetAside(item.ref);
    setAsking(null);
    setDeleted(result.ok);
  };
  const done = deleted && <p role="status">{t('records.storagePanel.deleted')}</p>;
  if (items.length === 0) return done;
  return (
    <>
      <h3>{t('records.storagePanel.setAsideTitle')}</h3>
      <p>{t('records.storagePanel.setAsideIntro')}</p>
      <DataTable
        caption={t('records.storagePanel.setAsideCaption')}
        rows={items}
        rowKey={(item) => item.ref}
        columns={[
          { header: t('records.storagePanel.found'), cell: when },
          { header: t('records.storagePanel.where'), cell: (item) => t(`records.storagePanel.origin.${item.origin}`) },
          { header: t('records.storagePanel.size'), cell: (item) => format.bytes(item.size), numeric: true },
          { header: t('records.storagePanel.reason'), cell: (item) => item.reason },
          {
            header: t('records.actions'),
            cell: (item) => (
              <span className="row-actions">
                <button type="button" onClick={() => void download(item)} aria-label={t('records.storagePanel.downloadLabel', { date: when(item) })}>
                  {t('records.storagePanel.download')}
                </button>
                <button type="button" onClick={() => setAsking(item)} aria-label={t('records.storagePanel.deleteLabel', { date: when(item) })}>
                  {t('records.storagePanel.delete')}
                </button>
              </span>
            ),
          },
        ]}
      />
      {asking && (
        <div className="notice" role="group" aria-label={t('records.storagePanel.deleteLabel', { date: when(asking) })}>
          <p>{t('records.storagePanel.deleteWarning', { date: when(asking) })}</p>
          <div className="form-actions">
            <button type="button" onClick={() => void download(asking)}>
              {t('records.storagePanel.download')}
            </button>
            <button type="button" className="danger" onClick={() => void remove(asking)}>
              {t('records.storagePanel.deleteConfirm')}
            </button>
            <button type="button" onClick={() => setAsking(null)}>
              {t('records.cancel')}
            </button>
          </div>
        </div>
      )}
      {done}
    </>
  );
}
