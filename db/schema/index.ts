export * from "./organization";
export * from "./users";
export * from "./system";
export * from "./cases";
export * from "./calendar";
export * from "./documents";
export * from "./statistics";
export * from "./statistics-report";
