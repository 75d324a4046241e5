/** Public surface of the mapping module: column suggestions, cleaning, preview statistics, the saved config. */
export * from "./fields";
export * from "./types";
export * from "./suggest";
export * from "./clean-text";
export * from "./clean-flags";
export * from "./clean-role";
export * from "./worker-index";
export * from "./clean-row";
export * from "./summarize";
export * from "./default-config";
export * from "./schema";
export * from "./preview";
