import { describe, expect, it } from "vitest";
import { actorLabel, parseRoute, segments, signed } from "./format";

describe("parseRoute", () => {
  it("reads views and their parameters from the hash", () => {
    expect(parseRoute("#/dyad/pak/AFG?interval=month")).toEqual({ view: "dyad", a: "PAK", b: "AFG", interval: "month" });
    expect(parseRoute("#/article/abc123?event=e9")).toEqual({ view: "article", id: "abc123", event: "e9" });
    expect(parseRoute("#/search?q=al-Shabaab%20attack")).toEqual({ view: "search", q: "al-Shabaab attack" });
    expect(parseRoute("#/network")).toEqual({ view: "network", level: "country", since: "", until: "" });
  });
  it("sends unknown or incomplete paths to the overview", () => {
    expect(parseRoute("")).toEqual({ view: "overview" });
    expect(parseRoute("#/nowhere")).toEqual({ view: "overview" });
    expect(parseRoute("#/article/")).toEqual({ view: "overview" });
  });
});

describe("segments", () => {
  const text = "Pakistani troops fired on Afghan posts. Talks followed.";
  it("cuts at every boundary and lists the covering spans", () => {
    const out = segments(text, [
      { start: 0, end: 39, key: "event:e1" },
      { start: 0, end: 9, key: "entity:0" },
      { start: 26, end: 32, key: "entity:1" },
    ]);
    expect(out.map((s) => s.text).join("")).toBe(text);
    expect(out[0]).toMatchObject({ text: "Pakistani", keys: ["event:e1", "entity:0"] });
    expect(out.find((s) => s.text === "Afghan")!.keys).toEqual(["event:e1", "entity:1"]);
    expect(out[out.length - 1]).toMatchObject({ text: " Talks followed.", keys: [] });
  });
  it("clips spans that run past the text and drops empty ones", () => {
    const out = segments("abc", [{ start: 1, end: 99, key: "x" }, { start: 2, end: 2, key: "empty" }]);
    expect(out.map((s) => [s.text, s.keys])).toEqual([["a", []], ["bc", ["x"]]]);
  });
});

describe("signed", () => {
  it("shows the sign", () => {
    expect(signed(3.456)).toBe("+3.46");
    expect(signed(-10)).toBe("−10");
    expect(signed(0)).toBe("0");
  });
});

describe("actorLabel", () => {
  it("names the actor with its code, and says when the text names no one", () => {
    expect(actorLabel({ text: "Pakistani troops", code: "PAKMIL" })).toBe("Pakistani troops [PAKMIL]");
    expect(actorLabel({ text: "gunmen", code: null })).toBe("gunmen [?]");
    expect(actorLabel({ text: "", code: null })).toBe("(unstated)");
    expect(actorLabel(null)).toBe("—");
  });
});
