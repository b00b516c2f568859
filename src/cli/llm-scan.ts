import { extractNote, type NoteExtraction } from "../extract/extract";
import type { LlmRun } from "../extract/llm";
import { scanVault } from "../store/scan";
import type { Extractor, ExtractorContext } from "../store/source-note";
import type { VaultPort } from "../store/vault-port";

/**
 * `handoff scan --llm`: the store's scan takes a synchronous extractor (extraction is pure and
 * the record is built in one pass), and the LLM is a network call. So the scan runs twice: a
 * dry run records every source note and the exact context the store extracts it with; the LLM
 * run reads those notes (a few at a time); then the real scan gets an extractor that answers
 * from those results, and from the rules for any note whose text changed in between. The dry
 * run writes nothing, so the second pass sees the vault the first one did.
 */

/** Notes sent to the LLM at once during a scan (the server sees at most this many requests in flight). */
export const LLM_SCAN_CONCURRENCY = 4;

/** The extractor for the real scan, with every source note already read by `run`. */
export async function llmScanExtractor(port: VaultPort, run: LlmRun, options: { readonly now?: string; readonly zone?: string }): Promise<Extractor> {
  const inputs: Array<{ text: string; ctx: ExtractorContext }> = [];
  await scanVault(port, {
    extract: (text, ctx) => {
      inputs.push({ text, ctx });
      return extractNote(text, ctx);
    },
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.zone === undefined ? {} : { zone: options.zone }),
    dryRun: true,
  });
  const results = new Map<string, { text: string; now: string | undefined; extraction: NoteExtraction }>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < inputs.length) {
      const { text, ctx } = inputs[next++];
      results.set(ctx.path, { text, now: ctx.now, extraction: await run.extract(text, ctx) });
    }
  };
  await Promise.all(Array.from({ length: Math.min(LLM_SCAN_CONCURRENCY, inputs.length) }, worker));
  await run.finish();
  return (text, ctx) => {
    const known = results.get(ctx.path);
    return known && known.text === text && known.now === ctx.now ? known.extraction : extractNote(text, ctx);
  };
}
