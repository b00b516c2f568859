/**
 * The Bases file Handoff ships (`templates/Handoff items.base`) and writes into a vault on
 * request ("Create items base" command, never on load): every item note as a table grouped
 * by status, with the columns a team works from, plus the Handoff board as a second view when
 * the board is registered as a Bases view type. Pure: no `obsidian` import.
 */
import { KIND_FOLDER } from "../model/kind";

/** The Bases view type id of the Handoff board (`registerBasesView`). */
export const BASES_BOARD_VIEW = "handoff-board";

/** File name of the base inside the items folder. */
export const BASE_FILE_NAME = "Handoff items.base";

/** Columns of the table, in order, with their display names. */
export const BASE_COLUMNS: readonly (readonly [string, string])[] = [
  ["note.title", "Title"],
  ["note.type", "Kind"],
  ["note.status", "Status"],
  ["note.owner", "Owner"],
  ["note.due", "Due"],
  ["note.parties", "Asked / waited on"],
  ["note.window_closes", "Window closes"],
  ["note.channel", "Channel"],
  ["note.source", "Source"],
];

/** Where the base goes for a given items folder. */
export function basePath(itemsFolder: string): string {
  return `${itemsFolder}/${BASE_FILE_NAME}`;
}

/**
 * The `.base` file for item notes under `itemsFolder`: notes in the four kind folders whose
 * `type` is a kind. `withBoard` adds the Handoff board view (only when it is registered, so a
 * vault never names a view type its Obsidian cannot show).
 */
export function baseFileText(itemsFolder: string, withBoard: boolean): string {
  const quoted = (s: string): string => JSON.stringify(s);
  const folders = Object.values(KIND_FOLDER).map((f) => `        - file.inFolder(${quoted(`${itemsFolder}/${f}`)})`);
  const kinds = Object.keys(KIND_FOLDER).map((k) => `        - 'type == ${quoted(k)}'`);
  const properties = BASE_COLUMNS.map(([id, name]) => `  ${id}:\n    displayName: ${quoted(name)}`);
  const order = BASE_COLUMNS.map(([id]) => `      - ${id}`);
  const lines = [
    "# Handoff: every commitment, decision, request and dependency, one note each.",
    "# Created by the Handoff plugin's \"Create items base\" command; edit it freely.",
    "filters:",
    "  and:",
    "    - or:",
    ...folders,
    "    - or:",
    ...kinds,
    "properties:",
    ...properties,
    "views:",
    "  - type: table",
    "    name: Items by status",
    "    groupBy:",
    "      property: note.status",
    "      direction: ASC",
    "    order:",
    ...order,
  ];
  if (withBoard) lines.push(`  - type: ${BASES_BOARD_VIEW}`, "    name: Board");
  return `${lines.join("\n")}\n`;
}
