import { useState, type FormEvent } from 'react';
import { useTranslation } from './use-translation';
import type { FieldErrorCode } from '../domain/record-validation';
import type { WriteResult } from '../stores/records';

type Result<V> = { ok: true; value: V } | { ok: false; errors: Partial<Record<string, FieldErrorCode>> };

/**
 * Form state as typed strings, validated in one go on submit: either every field is valid and
 * `onValid` gets the clean value, or each field shows its own reason and nothing is saved.
 * When `onValid` stores the value, the form empties only once the browser has kept it; if the
 * browser refuses, what was typed stays and `saveError` says why and what to do.
 */
export function useRecordForm<F extends Record<string, unknown>, V>(
  initial: F,
  validate: (fields: F) => Result<V>,
  onValid: (value: V) => void | Promise<WriteResult | void>,
  /** Values the error messages may name, such as the target a figure is compared with. */
  messageValues: Record<string, string | number> = {},
  /** Where the field errors' words are: the records' forms, or the meetings'. */
  errorWords: 'records' | 'meetings' = 'records',
) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<F>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set =
    <K extends keyof F>(key: K) =>
    (e: { target: { value: string } }) =>
      setFields((f) => ({ ...f, [key]: e.target.value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const result = validate(fields);
    if (!result.ok) {
      const word = (code: FieldErrorCode) =>
        errorWords === 'meetings' ? t(`meetings.errors.${code}`) : t(`records.errors.${code}`, { max: '', ...messageValues });
      setErrors(Object.fromEntries(Object.entries(result.errors).map(([k, code]) => [k, word(code!)])));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await onValid(result.value);
      if (saved && !saved.ok) {
        setSaveError(`${t('records.writeError.formKept')} ${t(`records.writeError.${saved.failure}`)}`);
        return;
      }
      setSaveError(null);
      setFields(initial);
    } finally {
      setSaving(false);
    }
  };
  return { fields, setFields, set, errors, saveError, saving, submit: (e: FormEvent) => void submit(e) };
}
