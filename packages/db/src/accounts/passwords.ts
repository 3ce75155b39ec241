import { hashPassword as scryptHash, verifyPassword as scryptVerify } from "@better-auth/utils/password";

// Password hashing is better-auth's own (scrypt, from its utilities package): sign-in (configured with these
// two functions in packages/api/src/auth/auth.ts) and everything here that sets a password share one format.

export const hashPassword = (password: string): Promise<string> => scryptHash(password);

export const verifyPassword = ({ hash, password }: { hash: string; password: string }): Promise<boolean> => scryptVerify(hash, password);

/** better-auth's provider id for email-and-password accounts. */
export const CREDENTIAL_PROVIDER = "credential";
