import { SafeLink } from '../../../components/safe-link';
import type { RecordSource } from '../../../domain/records';

/** A user's source: its text, linked only when the link is http(s). */
export function RecordSourceText({ source }: { source?: RecordSource }) {
  if (!source) return null;
  return source.url ? <SafeLink href={source.url}>{source.text}</SafeLink> : <>{source.text}</>;
}
