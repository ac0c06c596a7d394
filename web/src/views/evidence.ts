import { api, type StoredEvent } from "../api";
import { clear, errorBox, h } from "../dom";
import { actorLabel, quadLabel, segments } from "../format";

/** The side panel with one event's evidence: the sentence with its trigger marked, the coding and the sources. */
export async function showEvidence(id: string): Promise<void> {
  const panel = document.getElementById("evidence")!;
  clear(panel);
  panel.classList.remove("hidden");
  panel.append(h("button", { class: "close", "aria-label": "Close", onclick: () => panel.classList.add("hidden") }, "×"));
  let e: StoredEvent;
  try { e = await api.event(id); } catch (err) { panel.append(errorBox(String((err as Error).message))); return; }
  const ev = e.evidence!;
  const trigger = { start: ev.trigger.start - ev.start, end: ev.trigger.end - ev.start };
  const sentence = h("blockquote", { class: "sentence" });
  for (const s of segments(ev.sentence, [{ ...trigger, key: "trigger" }]))
    sentence.append(s.keys.includes("trigger") ? h("mark", { class: "trigger" }, s.text) : document.createTextNode(s.text));
  const row = (k: string, v: string | number | null | undefined) => h("tr", {}, h("th", {}, k), h("td", {}, v === null || v === undefined || v === "" ? "—" : String(v)));
  panel.append(
    h("h2", {}, `${e.cameo} ${e.cameo_name ?? ""}`),
    h("p", { class: `modality ${e.modality}` }, `${e.modality} · ${quadLabel(e.quad_class)} · Goldstein ${e.goldstein}`),
    sentence,
    h("table", { class: "kv" },
      row("source", actorLabel(e.source)), row("target", actorLabel(e.target)), row("date", `${e.date ?? "undated"} (${e.date_source})`),
      row("place", e.location ? `${e.location.name}, ${e.location.country}` : null), row("deaths", e.fatalities),
      row("PLOVER", e.plover), row("rule", e.rule), row("confidence", e.confidence), row("story", `${e.mentions} mention(s) from ${e.story_sources} source(s)`)),
    h("h3", {}, "Sources"),
    h("ul", { class: "sources" }, ...(e.sources ?? []).map((s) => h("li", {}, s))),
    h("p", {}, h("a", { href: `#/article/${encodeURIComponent(e.article_id)}?event=${encodeURIComponent(e.id)}` }, `Open the article: ${e.article_title ?? e.article_id}`)),
  );
}

/** A table of events; clicking a row opens its evidence. */
export function eventTable(events: StoredEvent[]): HTMLElement {
  if (events.length === 0) return h("p", { class: "muted" }, "No events.");
  const body = h("tbody");
  for (const e of events) {
    body.append(h("tr", { class: `event q${e.quad_class}`, tabindex: 0, "data-event": e.id, onclick: () => showEvidence(e.id), onkeydown: (k: Event) => { if ((k as KeyboardEvent).key === "Enter") showEvidence(e.id); } },
      h("td", {}, e.date ?? ""), h("td", {}, actorLabel(e.source)), h("td", {}, `${e.cameo} ${e.cameo_name ?? ""}`), h("td", {}, actorLabel(e.target)),
      h("td", {}, e.modality), h("td", {}, e.location?.name ?? ""), h("td", {}, e.mentions > 1 ? `${e.mentions} / ${e.story_sources}` : "1")));
  }
  return h("table", { class: "events" },
    h("thead", {}, h("tr", {}, h("th", {}, "date"), h("th", {}, "source"), h("th", {}, "event"), h("th", {}, "target"), h("th", {}, "modality"), h("th", {}, "where"), h("th", { title: "mentions / sources" }, "mentions"))),
    body);
}
