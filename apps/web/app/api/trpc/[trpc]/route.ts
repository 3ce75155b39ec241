import { handleTrpcRequest } from "@claimdesk/api";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const handler = (request: Request) => handleTrpcRequest(request);

export { handler as GET, handler as POST };
