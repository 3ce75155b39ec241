"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { commentCreateInput } from "@claimdesk/schemas";
import { trpc } from "@/lib/trpc-client";
import { ErrorSummary } from "./form/error-summary";
import { TextAreaField } from "./form/fields";
import { DoneMessage } from "./form/done-message";
import { FormActions } from "./form/form-actions";
import { sendValidated } from "./form/send-validated";
import { useFormState } from "./form/use-form-state";

const labels = { text: "Comment", claimId: "Claim" };

/** Adds a comment to a claim; the list above it shows it once saved. */
export function CommentForm({ claimId }: { claimId: string }) {
  const router = useRouter();
  const form = useFormState<"text">("comment", { text: "" });
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const saved = await sendValidated(form, commentCreateInput, { claimId, text: form.values.text }, (input) => trpc.comment.create.mutate(input));
    if (!saved) return;
    form.reset({ text: "" });
    setDone("Comment added.");
    router.refresh();
  }

  return (
    <form className="record-form comment-form" noValidate onSubmit={submit} aria-label="Add a comment">
      <ErrorSummary formId={form.formId} errors={form.errors} labels={labels} message={form.message} attempt={form.attempt} title="The comment was not added" />
      <TextAreaField label={labels.text} required rows={3} hint="For the newsroom: questions, leads, what is still missing. Everyone who can read the claim sees it." {...form.field("text")} />
      <FormActions submitLabel="Add comment" pending={form.pending} />
      <DoneMessage message={done} />
    </form>
  );
}
