import { PASSWORD_LENGTH } from "@claimdesk/schemas";
import { InputField } from "./input-field";

/** One field's props as useFormState's `field(name)` gives them. */
interface BoundField {
  id: string;
  value: string;
  onValueChange(value: string): void;
  errors?: string[];
}

interface NewPasswordFieldsProps {
  passwordLabel: string;
  confirmLabel: string;
  password: BoundField;
  confirm: BoundField;
}

/** A new password and the same again, with the length rule and the autocomplete hint that password managers read. */
export function NewPasswordFields({ passwordLabel, confirmLabel, password, confirm }: NewPasswordFieldsProps) {
  return (
    <>
      <InputField
        label={passwordLabel}
        type="password"
        autoComplete="new-password"
        required
        hint={`${PASSWORD_LENGTH.min} to ${PASSWORD_LENGTH.max} characters. A few unrelated words make a good one.`}
        {...password}
      />
      <InputField label={confirmLabel} type="password" autoComplete="new-password" required {...confirm} />
    </>
  );
}
