"use client";
import type { FormEvent } from "react";
import { useRouter } from "next/navigation";
import { HOUSE_FIGURE_RULES, eventUpdateInput, houseFigureRuleDescription, houseFigureRuleLabel, type HouseFigureRule } from "@claimdesk/schemas";
import { trpc } from "@/lib/trpc-client";
import { liftingControls } from "@/components/account/form-controls";
import { DoneMessage, useDoneMessage } from "@/components/form/done-message";
import { ErrorSummary } from "@/components/form/error-summary";
import { readableMessage } from "@/components/form/field-errors";
import { FormActions } from "@/components/form/form-actions";
import { choice } from "@/components/form/form-values";
import { sendValidated } from "@/components/form/send-validated";
import { useFormState } from "@/components/form/use-form-state";

// Choosing the rule that picks an event's house figure (editors and above). The page shows every rule's figure
// above, so the choice is made knowing what it prints; the change is recorded in the event's history.

type RuleField = "houseFigureRule";
const labels: Record<RuleField, string> = { houseFigureRule: "Rule for the house figure" };

export function HouseFigureRuleForm({ eventId, current }: { eventId: string; current: HouseFigureRule }) {
  const router = useRouter();
  const form = useFormState<RuleField>("house-figure-rule", { houseFigureRule: current });
  const { done, doneRef, sayDone, clearDone } = useDoneMessage();
  const field = form.field("houseFigureRule");
  const errorId = `${field.id}-error`;
  const invalid = Boolean(field.errors?.length);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearDone();
    const rule = choice<HouseFigureRule>(form.values.houseFigureRule);
    if (rule === current) {
      form.fail({ houseFigureRule: [`The event already follows the ${houseFigureRuleLabel[current]} rule: choose another one`] });
      return;
    }
    const saved = await sendValidated(liftingControls(form, ["id"]), eventUpdateInput, { id: eventId, houseFigureRule: rule }, (input) => trpc.event.update.mutate(input));
    if (!saved) return;
    form.reset({ houseFigureRule: saved.houseFigureRule });
    sayDone(`Saved: the house figure now follows the ${houseFigureRuleLabel[saved.houseFigureRule]} rule.`);
    router.refresh();
  }

  return (
    <form className="record-form inline-form rule-form" noValidate onSubmit={submit} aria-label="Choose the house figure rule">
      <ErrorSummary formId={form.formId} errors={form.errors} labels={labels} message={form.message} attempt={form.attempt} title="The rule was not changed" />
      <fieldset className={["rule-choice", invalid ? "field-invalid" : ""].filter(Boolean).join(" ")} aria-describedby={invalid ? errorId : undefined}>
        <legend>{labels.houseFigureRule}</legend>
        {invalid ? (
          <p id={errorId} className="field-error">
            <span className="sr-only">Error: </span>
            {field.errors?.map(readableMessage).join(" ")}
          </p>
        ) : null}
        {HOUSE_FIGURE_RULES.map((rule, index) => {
          // The first option carries the field's id, so that the error summary's link lands in the group.
          const id = index === 0 ? field.id : `${field.id}-${rule}`;
          return (
            <div key={rule} className="rule-option">
              <input
                type="radio"
                id={id}
                name={field.id}
                value={rule}
                checked={field.value === rule}
                onChange={() => field.onValueChange(rule)}
                aria-describedby={`${field.id}-${rule}-hint`}
              />
              <label htmlFor={id}>
                {houseFigureRuleLabel[rule]}
                {rule === current ? <span className="rule-option-current"> (current)</span> : null}
              </label>
              <span id={`${field.id}-${rule}-hint`} className="field-hint">
                {houseFigureRuleDescription[rule]}
              </span>
            </div>
          );
        })}
      </fieldset>
      <FormActions submitLabel="Save rule" pending={form.pending} />
      <DoneMessage message={done} ref={doneRef} />
    </form>
  );
}
