import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrorCode } from '../../../domain/record-validation';

type Result<V> = { ok: true; value: V } | { ok: false; errors: Partial<Record<string, FieldErrorCode>> };

/**
 * Form state as typed strings, validated in one go on submit: either every field is valid and
 * `onValid` gets the clean value, or each field shows its own reason and nothing is saved.
 */
export function useRecordForm<F extends Record<string, unknown>, V>(
  initial: F,
  validate: (fields: F) => Result<V>,
  onValid: (value: V) => void,
  /** Values the error messages may name, such as the target a figure is compared with. */
  messageValues: Record<string, string | number> = {},
) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<F>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set =
    <K extends keyof F>(key: K) =>
    (e: { target: { value: string } }) =>
      setFields((f) => ({ ...f, [key]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate(fields);
    if (!result.ok) {
      setErrors(Object.fromEntries(Object.entries(result.errors).map(([k, code]) => [k, t(`records.errors.${code!}`, { max: '', ...messageValues })])));
      return;
    }
    setErrors({});
    setFields(initial);
    onValid(result.value);
  };
  return { fields, setFields, set, errors, submit };
}
