"use client";
import { useState } from "react";
import { fieldId } from "./field-id";
import type { FieldErrors, SubmitFailure } from "./field-errors";

/**
 * A form's values (always strings, as the controls hold them), its errors and whether it is sending.
 * Values are kept on failure, so the editor never retypes anything.
 */
export function useFormState<F extends string>(formId: string, initial: Record<F, string>) {
  const [values, setValues] = useState<Record<F, string>>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  /** Counts failed submissions; the error summary takes focus whenever it changes. */
  const [attempt, setAttempt] = useState(0);

  const setValue = (name: F, value: string) => setValues((current) => ({ ...current, [name]: value }));

  /** Shows these problems, stops "sending" and moves focus to the error summary. */
  const fail = (fieldErrors: FieldErrors, failMessage: string | null = null) => {
    setErrors(fieldErrors);
    setMessage(failMessage);
    setPending(false);
    setAttempt((count) => count + 1);
  };

  return {
    formId,
    values,
    setValue,
    errors,
    message,
    pending,
    attempt,
    fail,
    failWith: (failure: SubmitFailure) => fail(failure.fieldErrors, failure.message),
    /** Starts over with these values (after a successful save that keeps the form on screen). */
    reset: (next: Record<F, string>) => {
      setValues(next);
      setErrors({});
      setMessage(null);
      setPending(false);
    },
    /** Clears old problems and marks the form as sending. */
    start: () => {
      setErrors({});
      setMessage(null);
      setPending(true);
    },
    /** The props a field component needs for one value. */
    field: (name: F) => ({
      id: fieldId(formId, name),
      value: values[name],
      onValueChange: (value: string) => setValue(name, value),
      errors: errors[name],
    }),
  };
}

export type FormState<F extends string> = ReturnType<typeof useFormState<F>>;
