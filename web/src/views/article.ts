import { api } from "../api";
import { errorBox, h } from "../dom";
import { segments, type Span } from "../format";
import { eventTable, showEvidence } from "./evidence";

/** Article view: the text with entities highlighted by type (as displaCy does) and the sentences of events underlined. */
export async function article(root: HTMLElement, id: string, focus: string | null): Promise<void> {
  try {
    const a = await api.article(id);
    const spans: Span[] = [
      ...a.entities.map((e, i) => ({ start: e.start, end: e.end, key: `entity:${i}` })),
      ...a.events.filter((e) => e.modality !== "negated").map((e) => ({ start: e.start, end: e.end, key: `event:${e.id}` })),
    ];
    const text = h("div", { class: "article-text", id: "article-text" });
    for (const s of segments(a.text, spans)) {
      const entityKey = s.keys.find((k) => k.startsWith("entity:"));
      const eventIds = s.keys.filter((k) => k.startsWith("event:")).map((k) => k.slice(6));
      let node: Node = document.createTextNode(s.text);
      if (entityKey) {
        const e = a.entities[Number(entityKey.slice(7))];
        node = h("mark", { class: `ent ${e.type}`, title: `${e.type}${e.actor ? ` · ${e.actor}` : ""}` }, s.text, h("span", { class: "label" }, e.type));
      }
      if (eventIds.length > 0) {
        const first = eventIds[0];
        node = h("span", { class: `evsent${eventIds.includes(focus ?? "") ? " focus" : ""}`, "data-events": eventIds.join(" "), title: "Click for the event's evidence", onclick: () => showEvidence(first) }, node);
      }
      text.append(node);
    }
    root.append(
      h("h1", {}, a.title ?? "(untitled)"),
      h("p", { class: "muted" }, [a.published ?? "undated", a.byline, `${a.entities.length} entities, ${a.events.length} events`].filter(Boolean).join(" · ")),
      h("div", { class: "grid wide" }, h("section", { class: "card" }, text), h("section", { class: "card" }, h("h2", {}, "Events"), eventTable(a.events),
        h("h3", {}, "Sources"), h("ul", {}, ...a.sources.map((s) => h("li", {}, s))))),
    );
    if (focus) {
      text.querySelector(".evsent.focus")?.scrollIntoView({ block: "center" });
      showEvidence(focus);
    }
  } catch (err) {
    root.append(errorBox((err as Error).message));
  }
}
