export * from "./auth";
export * from "./connections";
