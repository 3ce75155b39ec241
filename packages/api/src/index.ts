export { appRouter, createCaller } from "./root";
export type { AppRouter, RouterInputs, RouterOutputs } from "./root";
export { createContext, createContextInner } from "./context";
export type { Context } from "./context";
export { handleTrpcRequest, TRPC_ENDPOINT } from "./http-handler";
