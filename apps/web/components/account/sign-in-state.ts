/** What the sign-in form shows after a refused attempt: the email as typed, and why. */
export interface SignInState {
  email: string;
  /** A refusal that concerns no one field (wrong credentials, too many attempts, deactivated). */
  message: string | null;
  fieldErrors: Record<string, string[]>;
  /** Counts refused attempts: the error summary takes focus each time. */
  attempt: number;
}
