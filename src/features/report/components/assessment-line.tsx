import { useTranslation } from '../../../hooks/use-translation';
import type { ReportAssessment } from '../../../domain/report';
import { useFormat } from '../../../hooks/use-format';
import { FootnoteRefs } from './footnotes';

/** Why an item has its status, when and on whose word: the latest assessment's justification and source. */
export function AssessmentLine({ assessment }: { assessment: ReportAssessment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { record, notes } = assessment;
  return (
    <p className="report-assessment">
      <span className="report-justification">{record.justification}</span>{' '}
      <span className="muted">
        ({t('report.assessedOn', { date: format.date(record.date) })}
        {record.source && <> · {record.source.text}</>}
        <FootnoteRefs notes={notes} />)
      </span>
    </p>
  );
}
