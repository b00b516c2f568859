/**
 * "Did you mean …?" for names typed on the command line or in a picker: the known names closest
 * in spelling (case-insensitive edit distance, a transposition counting as one edit), so
 * `--people "Mya,Olvia"` suggests Maya and Olivia.
 */

/** Edit distance between two strings (insert, delete, substitute, swap two neighbours: 1 each). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2][j - 2] + 1);
      d[i][j] = best;
    }
  }
  return d[a.length][b.length];
}

/**
 * Up to `limit` of `candidates` close to `name`: those within a third of the name's length in
 * edits (at least 1), or that start with what was typed; closest first, then alphabetical.
 * Duplicates (case-insensitive) are dropped.
 */
export function closeNames(name: string, candidates: readonly string[], limit: number): string[] {
  const typed = name.trim().toLowerCase();
  if (typed === "") return [];
  const allowed = Math.max(1, Math.floor(typed.length / 3));
  const scored = new Map<string, { name: string; score: number }>();
  for (const candidate of candidates) {
    const key = candidate.toLowerCase();
    const distance = editDistance(typed, key);
    const score = key.startsWith(typed) ? 0.5 : distance;
    if (score > allowed) continue;
    const previous = scored.get(key);
    if (!previous || score < previous.score) scored.set(key, { name: candidate, score });
  }
  return [...scored.values()]
    .sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit)
    .map((s) => s.name);
}
