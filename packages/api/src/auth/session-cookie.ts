// For Next.js's proxy: whether a request carries a session cookie at all (the cheap, optimistic check before a
// page loads; pages still verify the session itself). Kept apart so the proxy does not load the whole API.
export { getSessionCookie } from "better-auth/cookies";
