export * from "./auth";
export * from "./connections";
export * from "./sync";
