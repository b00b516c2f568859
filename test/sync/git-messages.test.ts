import { describe, expect, it } from "vitest";
import { CONFLICT_MARKER } from "../../src/sync/resolve-conflicts";
import { LOCAL_CHANGES_IN_THE_WAY } from "../../src/sync/sync-step";

describe("CONFLICT_MARKER", () => {
  const table: Array<[string, boolean]> = [
    ["text\n<<<<<<< HEAD\nmine\n=======\ntheirs\n>>>>>>> origin/main\n", true],
    ["<<<<<<< HEAD", true],
    [">>>>>>>", true],
    ["a\r\n>>>>>>>\r\n", true],
    ["Title\n=======\n", false],
    ["<<<<<< six", false],
    ["a <<<<<<< b", false],
    ["<<<<<<<< eight", false],
    ["> quote >>>>>>> later", false],
  ];
  it.each(table)("%j", (text, expected) => expect(CONFLICT_MARKER.test(text)).toBe(expected));
});

describe("LOCAL_CHANGES_IN_THE_WAY", () => {
  // git 2.39's words (LC_ALL=C).
  const table: Array<[string, boolean]> = [
    ["error: Your local changes to the following files would be overwritten by merge:\n\tnote.md\nPlease commit your changes or stash them before you merge.", true],
    ["error: The following untracked working tree files would be overwritten by merge:\n\tnote.md", true],
    ["Automatic merge failed; fix conflicts and then commit the result.", false],
    ["fatal: refusing to merge unrelated histories", false],
  ];
  it.each(table)("%j", (text, expected) => expect(LOCAL_CHANGES_IN_THE_WAY.test(text)).toBe(expected));
});
