import { check } from "./check";
import { connect } from "./connect";
import { map } from "./map";
import type { Command } from "./command";

// Each verb lives in its own file; add it here.
export const commands: Record<string, Command> = {
  check,
  connect,
  map,
};
