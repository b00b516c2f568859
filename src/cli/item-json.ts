import type { Item } from "../model/item";

/**
 * An item as the CLI prints it in `--json` (DESIGN "The CLI contract"): the contract's fields
 * (`id, kind, title, status, owner, due, path, source, line`), `windowCloses` on decisions
 * from windows (and `decidedAt` once ticked), `respondBy` on requests in a channel with a
 * response expectation, `recurrence` on recurring commitments, and the links and flags scripts
 * filter on (`blockedBy`, `parties`, `sourceMissing`, sync's kept `conflicts`). Paths are
 * vault-relative.
 */
export function itemJson(item: Item): Record<string, unknown> {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    status: item.status,
    owner: item.owner,
    due: item.due,
    dueText: item.dueText,
    path: item.path,
    source: item.sourcePath,
    line: item.sourceLine,
    ...(item.windowCloses === null ? {} : { windowCloses: item.windowCloses }),
    ...(item.decidedAt ? { decidedAt: item.decidedAt } : {}),
    ...(item.respondBy ? { respondBy: item.respondBy } : {}),
    ...(item.recurrence === null ? {} : { recurrence: item.recurrence }),
    blockedBy: item.blockedBy,
    parties: item.parties,
    sourceMissing: item.sourceMissing,
    conflicts: item.conflicts,
    created: item.created,
  };
}
