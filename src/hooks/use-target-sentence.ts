import { useTranslation } from './use-translation';
import type { TargetPace } from '../domain/pace';
import { targetSentence, type Translate } from '../domain/target-sentence';
import type { Target } from '../domain/types';
import { useFormat } from './use-format';

/** A target's read-aloud sentence in the language on screen. */
export function useTargetSentence() {
  const { t } = useTranslation();
  const format = useFormat();
  // The keys are checked by SentenceKey; i18next's overloads cannot take a union of them.
  const translate = t as unknown as Translate;
  return (target: Target, pace: TargetPace) => targetSentence(target, pace, translate, format);
}
