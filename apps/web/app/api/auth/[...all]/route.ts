import { handleAuthRequest } from "@claimdesk/api";
import { withApiSecurityHeaders } from "@/lib/security-headers";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Sign in (POST /api/auth/sign-in/email), sign out and read the session; nothing else of better-auth's is served. */
const handler = withApiSecurityHeaders((request: Request) => handleAuthRequest(request));

export { handler as GET, handler as POST };
