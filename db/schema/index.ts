export * from "./organization";
export * from "./users";
export * from "./system";
