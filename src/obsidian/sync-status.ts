/**
 * What the status bar says about sync: the last sync's time and the conflicts it kept, a sync
 * running, or why sync is not available here. Pure: no `obsidian` import, no clock (the time of
 * the last sync is passed in; it is shown in the viewer's zone).
 */
import { DateTime } from "luxon";
import type { Resolution } from "../sync/resolve-conflicts";
import type { SyncResult } from "../sync/sync-step";

/** Where sync stands on this device. */
export type SyncState =
  | { readonly kind: "never" }
  | { readonly kind: "running" }
  | { readonly kind: "done"; readonly at: string; readonly result: SyncResult }
  | { readonly kind: "unavailable"; readonly reason: string };

/** The status bar's text and its tooltip. */
export interface SyncLabel {
  readonly text: string;
  readonly tooltip: string;
}

/** Values kept because two devices changed the same thing: conflict copies and values recorded in `conflicts`. */
export function conflictsKept(resolutions: readonly Resolution[]): number {
  let n = 0;
  for (const r of resolutions) {
    if (r.kind === "conflict-copy") n++;
    else if (r.kind === "item-merged") n += r.conflicts?.length ?? 0;
  }
  return n;
}

/** The label for `state`, with times in `zone` (the viewer's). */
export function syncLabel(state: SyncState, zone: string): SyncLabel {
  switch (state.kind) {
    case "never":
      return { text: "Sync: not yet", tooltip: "Click to sync the vault with the team's git remote now." };
    case "running":
      return { text: "Syncing…", tooltip: "Handoff is committing, merging and pushing." };
    case "unavailable":
      return { text: "Sync: off", tooltip: state.reason };
    case "done": {
      const time = DateTime.fromISO(state.at, { zone });
      const when = time.isValid ? time.toFormat("HH:mm") : state.at;
      const result = state.result;
      if (!result.ok) return { text: `Sync failed ${when}`, tooltip: `${result.message}\nClick to try again.` };
      const kept = conflictsKept(result.resolutions);
      const copies = result.resolutions.filter((r) => r.kind === "conflict-copy").map((r) => `${r.path} → ${r.copy ?? "?"}`);
      const tail = kept > 0 ? ` · ${kept} conflict${kept === 1 ? "" : "s"} kept` : "";
      const tooltip = [result.message, ...(copies.length > 0 ? ["Kept twice:", ...copies] : []), "Click to sync now."].join("\n");
      return { text: `Synced ${when}${tail}`, tooltip };
    }
  }
}
