"use client";
import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";
import { readableMessage, type FieldErrors } from "./field-errors";
import { fieldId } from "./field-id";

interface ErrorSummaryProps {
  formId: string;
  errors: FieldErrors;
  /** The label of each field the form shows, by field name; errors for other names are listed as they are. */
  labels: Record<string, string>;
  message: string | null;
  /** Changes on every failed submission: the summary then takes focus so that it is read out. */
  attempt: number;
  title?: string;
  children?: ReactNode;
}

/** The list of problems at the top of a form, each linked to its field. */
export function ErrorSummary({ formId, errors, labels, message, attempt, title = "The form was not saved", children }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);

  const entries = Object.entries(errors);
  if (entries.length === 0 && !message && !children) return null;
  const headingId = `${formId}-error-summary`;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {message ? <p>{message}</p> : null}
      {entries.length > 0 ? (
        <ul>
          {entries.map(([name, messages]) => {
            const label = labels[name];
            const text = `${label ?? name}: ${messages.map(readableMessage).join(" ")}`;
            return <li key={name}>{label ? <a href={`#${fieldId(formId, name)}`} onClick={focusField}>{text}</a> : text}</li>;
          })}
        </ul>
      ) : null}
      {children}
    </div>
  );
}

function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(event.currentTarget.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: "center" });
}
