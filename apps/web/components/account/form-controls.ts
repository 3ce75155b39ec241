import type { FieldErrors, SubmitFailure } from "@/components/form/field-errors";

interface FailingForm {
  start(): void;
  fail(fieldErrors: FieldErrors, message?: string | null): void;
}

/**
 * The controls sendValidated drives, except that errors about fields the form does not show (the user's id, an
 * invitation's token) are said in the form's message instead: the person cannot fix them in a field.
 */
export function liftingControls(form: FailingForm, hiddenFields: readonly string[]) {
  const fail = (errors: FieldErrors, message: string | null = null) => {
    const shown: FieldErrors = {};
    const lifted: string[] = [];
    for (const [field, messages] of Object.entries(errors)) {
      if (hiddenFields.includes(field)) lifted.push(...messages);
      else shown[field] = messages;
    }
    form.fail(shown, lifted.length ? lifted.join(" ") : message);
  };
  return { start: form.start, fail, failWith: (failure: SubmitFailure) => fail(failure.fieldErrors, failure.message) };
}
