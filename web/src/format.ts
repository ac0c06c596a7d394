// Pure helpers for the views: routing, text segmentation for annotated articles and snippets, labels.

export type Route =
  | { view: "overview" }
  | { view: "dyad"; a: string; b: string; interval: string }
  | { view: "network"; level: string; since: string; until: string }
  | { view: "map"; since: string; until: string }
  | { view: "article"; id: string; event: string | null }
  | { view: "search"; q: string }
  | { view: "event"; id: string };

/** Parses a location hash such as "#/dyad/PAK/AFG?interval=month" into a route; unknown paths go to the overview. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const [path, query = ""] = raw.split("?", 2);
  const parts = path.split("/").filter((p) => p.length > 0).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  switch (parts[0]) {
    case "dyad":
      return { view: "dyad", a: (parts[1] ?? "").toUpperCase(), b: (parts[2] ?? "").toUpperCase(), interval: params.get("interval") ?? "week" };
    case "network":
      return { view: "network", level: params.get("level") ?? "country", since: params.get("since") ?? "", until: params.get("until") ?? "" };
    case "map":
      return { view: "map", since: params.get("since") ?? "", until: params.get("until") ?? "" };
    case "article":
      return parts[1] ? { view: "article", id: parts[1], event: params.get("event") } : { view: "overview" };
    case "event":
      return parts[1] ? { view: "event", id: parts[1] } : { view: "overview" };
    case "search":
      return { view: "search", q: params.get("q") ?? "" };
    default:
      return { view: "overview" };
  }
}

export interface Span { start: number; end: number; key: string }
export interface Segment { text: string; start: number; end: number; keys: string[] }

/**
 * Cuts text into consecutive segments at every span boundary; each segment lists the keys of the spans covering it.
 * Spans may overlap (an event's sentence contains entities). Offsets are UTF-16 code units, as the API gives them;
 * spans outside the text are clipped.
 */
export function segments(text: string, spans: Span[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  const clipped = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.min(text.length, s.start)), end: Math.max(0, Math.min(text.length, s.end)) }))
    .filter((s) => s.end > s.start);
  for (const s of clipped) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    out.push({ text: text.slice(start, end), start, end, keys: clipped.filter((s) => s.start <= start && s.end >= end).map((s) => s.key) });
  }
  return out;
}

export const quadClasses = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"] as const;

export function quadLabel(q: number): string { return quadClasses[q - 1] ?? `quad ${q}`; }

export function actorLabel(a: { text: string; code: string | null } | null): string {
  if (!a) return "—";
  if (a.text === "") return "(unstated)";
  return a.code ? `${a.text} [${a.code}]` : `${a.text} [?]`;
}

/** A signed number with its sign always shown: "+3.5", "−10". */
export function signed(x: number): string {
  const r = Math.round(x * 100) / 100;
  return r > 0 ? `+${r}` : r < 0 ? `−${Math.abs(r)}` : "0";
}
