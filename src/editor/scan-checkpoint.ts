import type { ChangeDesc, Text } from "@codemirror/state";
import { scanLine, START_STATE, type ScanState } from "./line-scan";

/** A remembered state at the start of a line. */
interface Checkpoint {
  pos: number;
  line: number;
  state: ScanState;
}

/**
 * How many checkpoints are kept: one per visible range is what the highlighter asks for (folds
 * split the viewport into several ranges), plus a few for scrolling back and forth.
 */
const MAX_CHECKPOINTS = 8;

/**
 * The {@link ScanState} at the start of any body line, remembered at a few checkpoints so the
 * per-keystroke path never rescans the note from the top.
 *
 * The state at line N depends only on the text before line N. A checkpoint at the start of a
 * line therefore survives every change that starts at or after it (typing in the viewport
 * below it); a change before it drops it. Asking for a line scans forward from the nearest
 * checkpoint above it, or from the body's first line when there is none.
 */
export class ScanCheckpoints {
  private points: Checkpoint[] = [];
  private body: Checkpoint = { pos: 0, line: 1, state: START_STATE };
  /** Lines read since construction: lets tests see that typing scans nothing above. */
  scannedLines = 0;

  /** Where the body starts (after frontmatter). A different start forgets every checkpoint. */
  setBody(offset: number, line: number): void {
    if (offset === this.body.pos && line === this.body.line) return;
    this.body = { pos: offset, line, state: START_STATE };
    this.points = [];
  }

  /** The state at the start of line `lineNumber` (1-based, at or below the body's first line) of `doc`. */
  stateAt(doc: Text, lineNumber: number): ScanState {
    if (!Number.isInteger(lineNumber) || lineNumber < this.body.line || lineNumber > doc.lines) {
      throw new RangeError(`Line ${lineNumber} is outside the note body (${this.body.line}..${doc.lines})`);
    }
    let base = this.body;
    for (const p of this.points) if (p.line <= lineNumber && p.line > base.line) base = p;
    if (base.line === lineNumber) {
      if (base !== this.body) this.remember(base);
      return base.state;
    }
    let state = base.state;
    let pos = base.pos;
    const iter = doc.iterLines(base.line, lineNumber);
    for (let next = iter.next(); !next.done; next = iter.next()) {
      state = scanLine(next.value, pos, state).next;
      pos += next.value.length + 1;
    }
    this.scannedLines += lineNumber - base.line;
    this.remember({ pos, line: lineNumber, state });
    return state;
  }

  /**
   * Carries the checkpoints across a document change (`changes` maps the old document to
   * `doc`): each is kept when every change starts at or after it, else dropped.
   */
  mapChanges(changes: ChangeDesc, doc: Text): void {
    if (changes.empty || this.points.length === 0) return;
    let firstChange = Infinity;
    changes.iterChangedRanges((fromA) => {
      firstChange = Math.min(firstChange, fromA);
    });
    this.points = this.points.filter((p) => p.pos <= firstChange);
    for (const p of this.points) {
      p.pos = changes.mapPos(p.pos, -1);
      p.line = doc.lineAt(p.pos).number;
    }
  }

  /** Forgets every checkpoint (a new note or a new preamble). */
  reset(): void {
    this.points = [];
  }

  private remember(point: Checkpoint): void {
    this.points = this.points.filter((p) => p.line !== point.line);
    this.points.push(point);
    if (this.points.length > MAX_CHECKPOINTS) this.points.shift();
  }
}
