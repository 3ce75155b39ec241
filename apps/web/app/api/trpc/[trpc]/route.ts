import { handleTrpcRequest } from "@claimdesk/api";
import { withApiSecurityHeaders } from "@/lib/security-headers";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const handler = withApiSecurityHeaders((request: Request) => handleTrpcRequest(request));

export { handler as GET, handler as POST };
