// Password hashing is better-auth's (scrypt); the sign-in code and everything that sets a password here use
// these two functions, so a hash written by one is read by the other.
export { hashPassword, verifyPassword } from "better-auth/crypto";

/** better-auth's provider id for email-and-password accounts. */
export const CREDENTIAL_PROVIDER = "credential";
