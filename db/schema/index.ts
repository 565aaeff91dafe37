export * from "./organization";
export * from "./users";
export * from "./system";
export * from "./cases";
export * from "./calendar";
