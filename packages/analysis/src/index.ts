export * from "./types";
export * from "./origins";
export * from "./tally";
export * from "./wording";
export * from "./supersession";
export * from "./extraction/extract";
export * from "./near-duplicates";
