import { check } from "./check";
import { connect } from "./connect";
import { health } from "./health";
import { map } from "./map";
import { members } from "./members";
import { sync } from "./sync";
import type { Command } from "./command";

// Each verb lives in its own file; add it here.
export const commands: Record<string, Command> = {
  check,
  connect,
  map,
  sync,
  members,
  health,
};
