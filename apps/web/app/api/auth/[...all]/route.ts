import { handleAuthRequest } from "@claimdesk/api";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Sign in (POST /api/auth/sign-in/email), sign out and read the session; nothing else of better-auth's is served. */
const handler = (request: Request) => handleAuthRequest(request);

export { handler as GET, handler as POST };
