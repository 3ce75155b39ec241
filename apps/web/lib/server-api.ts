import "server-only";
import { cache } from "react";
import { createCaller, createContext } from "@claimdesk/api";

/** The API as server components call it: no HTTP, one caller per request. */
export const serverApi = cache(() => createCaller(createContext()));
