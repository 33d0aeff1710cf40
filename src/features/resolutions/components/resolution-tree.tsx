import { useTranslation } from '../../../hooks/use-translation';
import { AppLink } from '../../../components/app-link';
import { CitationList } from '../../../components/citation-list';
import { AssessedStatus } from '../../../components/assessed-status';
import { paths } from '../../../config/paths';
import type { Commitment } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';
import { UserBadge } from '../../../components/user-badge';
import { DueOrHorizon } from '../../../components/due-or-horizon';
import { InferredNote } from '../../../components/inferred-note';

function CommitmentNode({ commitment, measures }: { commitment: Commitment; measures: Commitment[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className={`tree-node tree-${commitment.kind}`}>
      <div className="tree-row">
        <span className="tree-label">
          {t(`kind.${commitment.kind}`, { n: commitment.order })}
        </span>
        <AppLink to={paths.commitment(commitment.id)} className="tree-text">
          {format.text(commitment.text)}
        </AppLink>
        <DueOrHorizon commitment={commitment} />
        <AssessedStatus commitmentId={commitment.id} status={commitment.status} clamp />
        <UserBadge origin={commitment.origin} />
        <InferredNote inferred={commitment.inferred} compact />
      </div>
      <details className="tree-sources">
        <summary>{t('citations.show', { count: commitment.citations.length })}</summary>
        <CitationList citations={commitment.citations} />
      </details>
      {measures.length > 0 && (
        <ul aria-label={t('resolution.measuresOf', { n: commitment.order })}>
          {measures.map((m) => (
            <CommitmentNode key={m.id} commitment={m} measures={[]} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** A resolution's tasks, each with its measures beneath it, in the order the source lists them. */
export function ResolutionTree({ commitments }: { commitments: Commitment[] }) {
  const { t } = useTranslation();
  const byOrder = (a: Commitment, b: Commitment) => a.order - b.order;
  const tasks = commitments.filter((c) => c.parentId === null).sort(byOrder);
  return (
    <ul className="tree" aria-label={t('resolution.tasks')}>
      {tasks.map((task) => (
        <CommitmentNode
          key={task.id}
          commitment={task}
          measures={commitments.filter((c) => c.parentId === task.id).sort(byOrder)}
        />
      ))}
    </ul>
  );
}
