"use client";
import type { ReactNode } from "react";
import { readableMessage } from "./field-errors";

// Labelled native controls with their hint and errors wired up (aria-describedby, aria-invalid). The word
// "required" sits beside the label, not inside it, so the control's name stays just its label.

export interface Option {
  value: string;
  label: string;
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onValueChange(value: string): void;
  errors?: string[];
  hint?: ReactNode;
  required?: boolean;
  className?: string;
}

function describedBy(id: string, hint: ReactNode, errors: string[] | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** A field's label, required mark, hint and errors around its control (the child); controlProps points the control at them. */
export function FieldShell({ id, label, required, hint, errors, className, children }: Omit<FieldProps, "value" | "onValueChange"> & { children: ReactNode }) {
  const invalid = Boolean(errors?.length);
  return (
    <div className={["field", invalid ? "field-invalid" : "", className ?? ""].filter(Boolean).join(" ")}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {required ? <span className="required-mark">(required)</span> : null}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={`${id}-error`} className="field-error">
          <span className="sr-only">Error: </span>
          {errors?.map(readableMessage).join(" ")}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** The control's id, required flag and ARIA wiring to the hint and errors its FieldShell shows. */
export function controlProps({ id, errors, hint, required }: Pick<FieldProps, "id" | "errors" | "hint" | "required">) {
  return {
    id,
    required,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy(id, hint, errors),
  };
}

export function TextField(
  props: FieldProps & { type?: "text" | "url" | "number" | "datetime-local"; inputMode?: "numeric" | "url" | "text"; autoComplete?: string; step?: string },
) {
  const { type = "text", inputMode, autoComplete = "off", step, value, onValueChange } = props;
  return (
    <FieldShell {...props}>
      <input
        {...controlProps(props)}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        step={step}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
      />
    </FieldShell>
  );
}

export function TextAreaField(props: FieldProps & { rows?: number }) {
  const { rows = 3, value, onValueChange } = props;
  return (
    <FieldShell {...props}>
      <textarea {...controlProps(props)} rows={rows} value={value} onChange={(event) => onValueChange(event.target.value)} />
    </FieldShell>
  );
}

/** A native select. `placeholder` adds an empty first option ("Choose a kind"). */
export function SelectField(props: FieldProps & { options: readonly Option[]; placeholder?: string }) {
  const { options, placeholder, value, onValueChange } = props;
  return (
    <FieldShell {...props}>
      <select {...controlProps(props)} value={value} onChange={(event) => onValueChange(event.target.value)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** Radio buttons under a legend; `name` groups them. */
export function RadioGroup({
  id,
  legend,
  options,
  value,
  onValueChange,
}: {
  id: string;
  legend: string;
  options: readonly Option[];
  value: string;
  onValueChange(value: string): void;
}) {
  return (
    <fieldset className="radio-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="radio">
          <input type="radio" id={`${id}-${option.value}`} name={id} value={option.value} checked={value === option.value} onChange={() => onValueChange(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
