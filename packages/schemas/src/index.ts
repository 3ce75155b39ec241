export * from "./enums";
export * from "./labels";
export * from "./common";
export * from "./event";
export * from "./claim";
export * from "./source";
export * from "./evidence";
export * from "./figure-words";
