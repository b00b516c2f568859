import { describe, expect, it } from "vitest";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { decisionTypeOf, isDecisionRequest, routeDecision } from "../../src/review/decision-routing";
import { ItemActivity } from "../../src/review/item-activity";
import { LinkIndex } from "../../src/store/link-index";
import { linkKey, readItemFacts, readSourceFacts, typeCallPattern } from "../../src/store/note-facts";
import { makeDirectory, makeItem, makePerson, makeTeam } from "../ui/fixtures";

// The per-note facts (links, author, date, blockers, decision type) and the link index built
// from them: which notes are about an item, its blockers, answers, activity and routing.

const directory = makeDirectory([makePerson("Maya Chen", "Europe/London"), makePerson("Ken Sato", "Asia/Tokyo", { aliases: ["@ken"] })], [makeTeam("Dev", ["Ken Sato"])]);
const ctx = { directory, decisionTypes: ["product", "design"] };
const note = (author: string, date: string, ...body: string[]): string => ["---", `author: "[[${author}]]"`, `date: ${date}`, "---", ...body, ""].join("\n");

const PROPOSAL = "Proposals/Vendor.md";
const decision = makeItem({ id: "ho-aaaaaaa", kind: "decision", path: "Handoff/Decisions/Go with X (ho-aaaaaaa).md", sourcePath: PROPOSAL, sourceBlock: "ho-aaaaaaa", windowCloses: "2026-11-20T15:00:00Z", owner: "Maya Chen", created: "2026-11-16" });
const other = makeItem({ id: "ho-bbbbbbb", kind: "decision", path: "Handoff/Decisions/Go with Y (ho-bbbbbbb).md", sourcePath: PROPOSAL, sourceBlock: "ho-bbbbbbb", owner: null, created: "2026-11-16" });

function index(): LinkIndex {
  const links = new LinkIndex();
  links.update(readSourceFacts(PROPOSAL, note("Maya Chen", "2026-11-16", "We go with X unless there's a blocker. ^ho-aaaaaaa", "Concern: the proposal's own author does not object to it."), ctx));
  links.update(readSourceFacts("Channels/a/plain.md", note("Ken Sato", "2026-11-17", "Read [[Vendor]].", "Blocker: legal review."), ctx));
  links.update(readSourceFacts("Channels/a/path.md", note("Ken Sato", "2026-11-18", "See [vendor](Proposals/Vendor.md#Options).", "- [x] Objection: price. "), ctx));
  links.update(readSourceFacts("Channels/a/block.md", note("Maya Chen", "2026-11-19", "About [[Vendor#^ho-bbbbbbb|Y]] only:", "Concern — Y only"), ctx));
  links.update(readSourceFacts("Channels/a/unrelated.md", note("Ken Sato", "2026-11-19", "Blocker: not about the vendor at all."), ctx));
  links.update(readItemFacts(decision.path, "---\ntype: decision\nid: ho-aaaaaaa\n---\n\n> We go with X\n\nSource: [[Proposals/Vendor#^ho-aaaaaaa]]\n\n- [ ] Blocker: raised on the note — Maya Chen, 2026-11-19T10:00+00:00\n", directory));
  return links;
}

describe("readSourceFacts", () => {
  it("reads the author through the directory, the note's date, links with anchors, blockers and a decision type", () => {
    const facts = readSourceFacts("Channels/a/x.md", note("Ken", "2026-11-17", "Per [[Proposals/Vendor#^ho-1|the vendor]] and ![[Diagram]] and [docs](Docs/A%20b.md).", "It is a product call.", "Blocker: legal ^ho-2"), ctx);
    expect(facts).toMatchObject({ author: "Ken Sato", date: "2026-11-17", decisionType: "product" });
    // Frontmatter links count too (Obsidian shows them as links): here the author's.
    expect(facts.links).toEqual([
      { key: "name:ken", anchor: null },
      { key: "path:proposals/vendor", anchor: "^ho-1" },
      { key: "name:diagram", anchor: null },
      { key: "path:docs/a b", anchor: null },
    ]);
    expect(facts.blockers).toEqual([{ path: "Channels/a/x.md", line: 7, text: "Blocker: legal", author: "Ken Sato", raisedAt: "2026-11-17", open: true, resolvedAt: null }]);
  });

  it.each<[string, string | null]>([
    ["---\ndecision_type: design\n---\nIt is a product call.", "design"],
    ["Tagged #decision/engineering here", "engineering"],
    ["a product decision and a design question", "product"],
    ["the productive call", null],
    ["a reproduct call", null],
    ["nothing here", null],
  ])("decision type of %j", (text, type) => {
    expect(readSourceFacts("n.md", text, ctx).decisionType).toBe(type);
  });

  it("builds the '<type> call' pattern from the team's types, special characters escaped", () => {
    const facts = readSourceFacts("n.md", "It is a C++ question, not a c call.", { directory, decisionTypes: ["c", "C++"] });
    expect(facts.decisionType).toBe("C++");
    expect(typeCallPattern(["a.b"]).test("axb call")).toBe(false);
  });

  it.each<[string, string | null]>([
    ["Vendor", "name:vendor"],
    ["Proposals/Vendor.md", "path:proposals/vendor"],
    ["./Proposals/Vendor", "path:proposals/vendor"],
    ["https://example.com/x.md", null],
    ["", null],
  ])("linkKey(%j)", (target, key) => {
    expect(linkKey(target)).toBe(key);
  });
});

describe("LinkIndex", () => {
  it("blockers of a decision: its own note's, then notes linking to its source (plainly, by heading, or to its block); never the source itself", () => {
    expect(index().blockersFor(decision).map((b) => [b.path, b.text, b.author, b.open, b.raisedAt])).toEqual([
      [decision.path, "Blocker: raised on the note", "Maya Chen", true, "2026-11-19T10:00+00:00"],
      ["Channels/a/path.md", "Objection: price.", "Ken Sato", false, "2026-11-18"],
      ["Channels/a/plain.md", "Blocker: legal review.", "Ken Sato", true, "2026-11-17"],
    ]);
    expect(index().blockersFor(other).map((b) => b.path)).toEqual(["Channels/a/block.md", "Channels/a/path.md", "Channels/a/plain.md"]);
  });

  it("keeps only notes with links, blockers or a decision type", () => {
    const links = new LinkIndex();
    links.update(readSourceFacts("a.md", "just words", ctx));
    links.update(readItemFacts("Handoff/Decisions/x.md", "---\ntype: decision\n---\n> a quote\n", directory));
    links.update(readSourceFacts("b.md", "see [[a]]", ctx));
    expect([links.size, links.get("a.md"), links.linkersOf("a.md")]).toEqual([1, null, ["b.md"]]);
  });

  it("replaces a note's facts wholesale on change and forgets removed notes", () => {
    const links = index();
    links.update(readSourceFacts("Channels/a/plain.md", note("Ken Sato", "2026-11-17", "Read [[Vendor]].", "- [x] Blocker: legal review. Resolved."), ctx));
    links.remove("Channels/a/path.md");
    expect(links.blockersFor(decision).map((b) => [b.path, b.open])).toEqual([
      [decision.path, true],
      ["Channels/a/plain.md", false],
    ]);
  });

  it("fills snapshots: decisions get blockers, other items and unchanged inputs keep their objects", () => {
    const links = index();
    const task = makeItem({ id: "t" });
    const items = [decision, task];
    const filled = links.fill(items);
    expect(filled[0].blockers).toHaveLength(3);
    expect(filled[1]).toBe(task);
    expect(links.fill(items)).toBe(filled);
    links.update(readSourceFacts("Channels/a/more.md", note("Ken Sato", "2026-11-20", "[[Vendor]]", "Concern: one more"), ctx));
    const again = links.fill(items);
    expect(again).not.toBe(filled);
    expect(again[0].blockers).toHaveLength(4);
    expect(again[1]).toBe(task);
  });
});

describe("ItemActivity and routing", () => {
  const request = makeItem({ id: "r", kind: "request", owner: "Maya Chen", path: "Handoff/Requests/r.md", sourcePath: "Channels/a/ask.md", created: "2026-11-17", quote: "Decision needed: which vendor?", title: "Which vendor" });

  it("a request is answered by a later note by someone else linking to it; the asker's own follow-up is not an answer", () => {
    const links = new LinkIndex();
    links.update(readSourceFacts("Channels/a/ask.md", note("Maya Chen", "2026-11-17", "Decision needed: which vendor?"), ctx));
    links.update(readSourceFacts("Channels/a/chase.md", note("Maya Chen", "2026-11-18", "Still waiting on [[ask]]."), ctx));
    expect(new ItemActivity(links).isAnswered(request)).toBe(false);
    expect(new ItemActivity(links).lastActivity(request)).toBe("2026-11-18");
    links.update(readSourceFacts("Channels/a/reply.md", note("Ken Sato", "2026-11-19", "Answering [[ask]]: vendor X."), ctx));
    expect(new ItemActivity(links).answersTo(request)).toEqual(["Channels/a/reply.md"]);
    // As of the 18th, the 19th's answer does not count yet.
    expect(new ItemActivity(links, "2026-11-18").isAnswered(request)).toBe(false);
    expect(new ItemActivity(links).isAnswered({ ...request, status: "done" })).toBe(true);
  });

  it("routes a decision or a decision request that names nobody to its type's owner", () => {
    const settings = { ...DEFAULT_TEAM_SETTINGS, decisionOwners: { product: "Maya Chen", engineering: "Ken" } };
    const links = new LinkIndex();
    links.update(readSourceFacts("Channels/a/ask.md", note("Ken Sato", "2026-11-17", "Decision needed: which vendor?", "It is an engineering call."), { directory, decisionTypes: ["product", "engineering"] }));
    expect(isDecisionRequest(request)).toBe(true);
    expect(isDecisionRequest({ ...request, quote: "Input needed by Friday", title: "Input" })).toBe(false);
    expect(routeDecision(request, links, settings, directory)).toEqual({ type: "engineering", typeFrom: "note", deciders: ["Ken Sato"], routed: true });
    expect(routeDecision({ ...request, parties: ["Dev"] }, links, settings, directory)).toMatchObject({ deciders: ["Dev"], routed: false });
    expect(routeDecision(other, links, settings, directory)).toEqual({ type: null, typeFrom: null, deciders: [], routed: false });
    expect(routeDecision({ ...other, decisionType: "Product" }, links, settings, directory)).toEqual({ type: "product", typeFrom: "item", deciders: ["Maya Chen"], routed: true });
    expect(decisionTypeOf({ ...other, tags: ["handoff/decision", "decision/design"] }, links, settings)).toEqual({ type: "design", from: "tag" });
    expect(routeDecision(makeItem({ id: "c" }), links, settings, directory)).toBeNull();
  });
});
