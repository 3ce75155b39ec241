export { shortText } from "@claimdesk/schemas";
