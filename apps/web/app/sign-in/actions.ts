"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { DEACTIVATED, WRONG_CREDENTIALS, getAuth } from "@claimdesk/api";
import { signInInput } from "@claimdesk/schemas";
import { afterSignIn } from "@/components/account/sign-in-path";
import type { SignInState } from "@/components/account/sign-in-state";

/** better-auth's APIError, as far as this page needs it (better-auth is the API package's dependency, not ours). */
interface AuthError {
  statusCode?: number;
  body?: { message?: string };
  message?: string;
}

/** What to tell the person; never whether the account exists. */
function refusal(error: unknown): string {
  const { statusCode, body, message } = (error ?? {}) as AuthError;
  const said = body?.message ?? message;
  switch (statusCode) {
    case 401:
      return WRONG_CREDENTIALS;
    case 429:
      return said ?? "Too many failed sign-ins. Try again in a few minutes.";
    default:
      if (said === DEACTIVATED) return DEACTIVATED;
      console.error("Sign-in failed", error);
      return "Signing in failed on our side. Try again in a moment; if it keeps failing, tell an admin.";
  }
}

/**
 * Signs in with email and password (better-auth sets the session cookie through its Next.js plugin), then goes to
 * the page asked for. Works without JavaScript: the form posts here and the page shows what came back.
 */
export async function signIn(previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const password = String(formData.get("password") ?? "");
  const next = String(formData.get("next") ?? "");
  const attempt = previous.attempt + 1;

  const parsed = signInInput.safeParse({ email, password });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.map(String).join(".") || "form"] ??= []).push(issue.message);
    return { email, message: null, fieldErrors, attempt };
  }
  try {
    await (await getAuth()).api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    return { email, message: refusal(error), fieldErrors: {}, attempt };
  }
  redirect(afterSignIn(next));
}
