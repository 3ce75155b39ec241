"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { trpc } from "@/lib/trpc-client";
import { failureMessage } from "./form/field-errors";

/** Marks two claims as different assertions; the page then reloads without the pair. */
export function NotDuplicateButton({ id, otherId, otherLabel }: { id: string; otherId: string; otherLabel: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function mark() {
    setPending(true);
    setProblem(null);
    try {
      await trpc.claim.markNotDuplicate.mutate({ id, otherId });
      router.refresh();
    } catch (error) {
      setProblem(failureMessage(error));
      setPending(false);
    }
  }

  return (
    <>
      <button type="button" className="button button-small" disabled={pending} onClick={() => void mark()}>
        Not a duplicate<span className="sr-only"> of {otherLabel}</span>
      </button>
      {problem ? (
        <span role="alert" className="field-error">
          {" "}
          {problem}
        </span>
      ) : null}
    </>
  );
}
