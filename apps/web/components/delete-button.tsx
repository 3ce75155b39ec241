"use client";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { trpc } from "@/lib/trpc-client";
import { failureMessage } from "./form/field-errors";

export type DeleteTarget =
  | { kind: "event"; id: string }
  | { kind: "claim"; id: string; version: number }
  | { kind: "source"; id: string }
  | { kind: "evidence"; id: string };

function remove(target: DeleteTarget): Promise<unknown> {
  switch (target.kind) {
    case "event":
      return trpc.event.delete.mutate({ id: target.id });
    case "claim":
      return trpc.claim.delete.mutate({ id: target.id, version: target.version });
    case "source":
      return trpc.source.delete.mutate({ id: target.id });
    case "evidence":
      return trpc.evidence.detach.mutate({ id: target.id });
  }
}

interface DeleteButtonProps {
  target: DeleteTarget;
  /** The button: "Delete event", "Detach". */
  label: string;
  /** Read out after the label only, to tell like buttons apart: " Reuters". */
  labelDetail?: string;
  /** Asked before anything is removed: "Delete this event for good?" */
  question: string;
  /** The confirming button: "Yes, delete the event". */
  confirmLabel: string;
  /** Where to go afterwards; without it the page is refreshed in place. */
  afterPath?: string;
}

/** Removes a record after an inline confirmation; the API's refusal (still in use, changed meanwhile) is shown as it says it. */
export function DeleteButton({ target, label, labelDetail, question, confirmLabel, afterPath }: DeleteButtonProps) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (returnFocus.current) openRef.current?.focus();
  }, [confirming]);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await remove(target);
      if (afterPath) router.push(afterPath);
      router.refresh();
    } catch (caught) {
      setError(failureMessage(caught));
      setPending(false);
      returnFocus.current = true;
      setConfirming(false);
    }
  }

  return (
    <div className="delete-control">
      {confirming ? (
        <div className="confirm" role="group" aria-label={question}>
          <span>{question}</span>
          <button ref={confirmRef} type="button" className="button button-danger" disabled={pending} onClick={confirm}>
            {confirmLabel}
          </button>
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() => {
              returnFocus.current = true;
              setConfirming(false);
            }}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button
          ref={openRef}
          type="button"
          className="button button-danger-quiet"
          onClick={() => {
            setError(null);
            setConfirming(true);
          }}
        >
          {label}
          {labelDetail ? <span className="sr-only">{labelDetail}</span> : null}
        </button>
      )}
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
