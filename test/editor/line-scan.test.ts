import { describe, expect, it } from "vitest";
import { BLANK_LINE, commentsAfter, FENCE_LINE, HEADING_LINE, LIST_ITEM_START, QUOTE_PREFIX, scanLine, START_STATE, type ScanState } from "../../src/editor/line-scan";

describe("line-scan regexes", () => {
  const table: ReadonlyArray<readonly [string, RegExp, readonly string[], readonly string[]]> = [
    ["HEADING_LINE", HEADING_LINE, ["# Title", "### Next steps", "   ## Indented three", "###### Six", "#\tTab"], ["#tag", "####### Seven", "    # four spaces", "text # not", ""]],
    ["FENCE_LINE", FENCE_LINE, ["```", "```ts", "~~~", "    ````", "~~~~ tasks"], ["``", "~~", "text ```", "`code`"]],
    ["QUOTE_PREFIX", QUOTE_PREFIX, ["> quoted", ">> nested", "   > three", ">[!note]"], ["no quote", "    > four spaces", "a > b"]],
    ["LIST_ITEM_START", LIST_ITEM_START, ["- item", "* item", "+ item", "1. one", "12) twelve", "  - nested", "-", "- [ ] task"], ["-item", "1.5 percent", "text - dash", "**bold**"]],
    ["BLANK_LINE", BLANK_LINE, ["", "   ", "\t \t"], ["x", "  .", "\u00a0x"]],
  ];
  for (const [name, re, yes, no] of table) {
    it(`${name} matches what it should and nothing else`, () => {
      for (const s of yes) expect(re.test(s), `${name} should match ${JSON.stringify(s)}`).toBe(true);
      for (const s of no) expect(re.test(s), `${name} should not match ${JSON.stringify(s)}`).toBe(false);
    });
  }
});

describe("commentsAfter", () => {
  const cases: ReadonlyArray<readonly [string, "%%" | "-->" | null, "%%" | "-->" | null, boolean]> = [
    ["plain text", null, null, true],
    ["%% hidden %% shown", null, null, true],
    ["%% hidden %%", null, null, false],
    ["text %% opens", null, "%%", true],
    ["%% opens and stays", null, "%%", false],
    ["still hidden", "%%", "%%", false],
    ["closes %% after", "%%", null, true],
    ["closes %%", "%%", null, false],
    ["<!-- a --> b", null, null, true],
    ["<!-- open", null, "-->", false],
    ["--> done", "-->", null, true],
    ["%% a %% <!-- b", null, "-->", false],
  ];
  it.each(cases)("%j from %j leaves %j (visible %j)", (line, open, after, visible) => {
    expect(commentsAfter(line, open)).toEqual({ open: after, visible });
  });
});

describe("scanLine", () => {
  function run(lines: readonly string[]): { state: ScanState; resets: number[] } {
    let state = START_STATE;
    let pos = 0;
    const resets: number[] = [];
    lines.forEach((text, i) => {
      const scanned = scanLine(text, pos, state);
      if (scanned.reset) resets.push(i);
      state = scanned.next;
      pos += text.length + 1;
    });
    return { state, resets };
  }

  it("finds clean headings and remembers the nearest one's offset", () => {
    const { state, resets } = run(["intro", "## Next", "- Maya will send it", "# Done", "text"]);
    expect(resets).toEqual([1, 3]);
    expect(state.headingFrom).toBe("intro\n## Next\n- Maya will send it\n".length);
    expect(state.headed).toBe(true);
  });

  it("ignores headings inside code fences and closes fences only with a matching run", () => {
    const { state, resets } = run(["````", "# not a heading", "```", "still code", "````", "# real"]);
    expect(resets).toEqual([5]);
    expect(state.fence).toBeNull();
    expect(state.echo).toBe(false);
  });

  it("marks echo after a code block until the next heading", () => {
    expect(run(["```", "code", "```", "code"]).state.echo).toBe(true);
    expect(run(["```", "code", "```", "## H"]).state.echo).toBe(false);
  });

  it("keeps a fence opened in a quote open until a quoted close", () => {
    expect(run(["> ```", "```", "# inside"]).resets).toEqual([]);
    expect(run(["> ```", "> ```", "# outside"]).resets).toEqual([2]);
  });

  it("hides headings inside comments and does not reset at a heading with a comment on it", () => {
    expect(run(["%%", "# hidden", "%%"]).resets).toEqual([]);
    const tail = run(["# Title %% note %%"]);
    expect(tail.resets).toEqual([]);
    expect(tail.state.headed).toBe(true);
    expect(tail.state.headingFrom).toBeNull();
  });

  it("does not open a fence on a line that has a comment", () => {
    expect(run(["``` %% x %%", "# heading"]).resets).toEqual([1]);
  });
});
