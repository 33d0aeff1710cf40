import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrorCode, Validation } from '../../../domain/record-validation';
import type { WriteResult } from '../../../stores/records';

/**
 * A meeting form's state as typed, checked in one go on submit: every field valid and `onValid`
 * stores the value, or each field shows its reason. The form empties only once the browser has
 * kept the record; if it refuses, what was typed stays and `saveError` says why.
 */
export function useMeetingForm<F extends Record<string, unknown>, V>(
  initial: F,
  validate: (fields: F) => Validation<string, V>,
  onValid: (value: V) => Promise<WriteResult>,
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
      const entries = Object.entries(result.errors) as [string, FieldErrorCode][];
      setErrors(Object.fromEntries(entries.map(([k, code]) => [k, t(`meetings.errors.${code}`)])));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await onValid(result.value);
      if (!saved.ok) {
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
