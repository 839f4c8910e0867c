/**
 * The "load with this workbook" switch's state and its two actions, apart from React so a test can drive them: read
 * the workbook's startup behaviour once, and set it when the buyer flips the switch (the Services call ends in
 * src/excel/startupBehavior.ts). A refusal keeps the switch where it was and says why.
 */
import type { Services } from "../../state/services";
import type { StartupBehaviorState } from "../../../src/excel/startupBehavior";
import { messageOf } from "../../state/store";

export type StartupSwitchState =
  /** The services have no startup behaviour (a fake): nothing is shown. */
  | { kind: "absent" }
  | { kind: "checking" }
  /** Shown switched off and disabled, with the reason. */
  | { kind: "unavailable"; reason: "needsSharedRuntime" | "notInExcel" | "failed"; message?: string }
  | { kind: "ready"; on: boolean; inMemory: boolean; saving: boolean; outcome: "turnedOn" | "turnedOff" | null; failure: string | null };

export function initialStartupSwitch(services: Services): StartupSwitchState {
  return services.startupBehavior && services.setStartupBehavior ? { kind: "checking" } : { kind: "absent" };
}

function fromBehavior(state: StartupBehaviorState, outcome: "turnedOn" | "turnedOff" | null = null): StartupSwitchState {
  return state.available
    ? { kind: "ready", on: state.loadsWithWorkbook, inMemory: state.inMemory, saving: false, outcome, failure: null }
    : { kind: "unavailable", reason: state.reason };
}

/** The workbook's current choice (Office.addin.getStartupBehavior through the services). Never throws. */
export async function checkStartupSwitch(services: Services): Promise<StartupSwitchState> {
  if (!services.startupBehavior) return { kind: "absent" };
  try {
    return fromBehavior(await services.startupBehavior());
  } catch (error) {
    return { kind: "unavailable", reason: "failed", message: messageOf(error) };
  }
}

/**
 * Flips the switch: `saving` at once (through `update`), then what the workbook holds afterwards. Never throws: a
 * refusal leaves the switch as it was, with the host's message.
 */
export async function flipStartupSwitch(
  services: Services,
  current: StartupSwitchState,
  on: boolean,
  update: (state: StartupSwitchState) => void,
): Promise<StartupSwitchState> {
  if (current.kind !== "ready" || current.saving || !services.setStartupBehavior) return current;
  update({ ...current, saving: true, outcome: null, failure: null });
  try {
    const after = await services.setStartupBehavior(on);
    return fromBehavior(after, after.available ? (after.loadsWithWorkbook ? "turnedOn" : "turnedOff") : null);
  } catch (error) {
    return { ...current, saving: false, outcome: null, failure: messageOf(error) };
  }
}
