import Link from "next/link";

/** The submit button and a way back without saving. */
export function FormActions({ submitLabel, pending, cancelHref }: { submitLabel: string; pending: boolean; cancelHref?: string }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={pending}>
        {submitLabel}
      </button>
      {cancelHref ? <Link href={cancelHref}>Cancel</Link> : null}
      <span className="form-status" role="status">
        {pending ? "Saving…" : ""}
      </span>
    </div>
  );
}
