import { api } from "../api";
import { errorBox, h } from "../dom";
import { segments } from "../format";

/** Search view: full-text search over the stored articles, matched words highlighted. */
export async function search(root: HTMLElement, q: string): Promise<void> {
  const form = h("form", { class: "inline", role: "search" }, h("input", { name: "q", type: "search", value: q, size: 40, placeholder: "words, \"a phrase\", a OR b, prefix*" }), h("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (e) => { e.preventDefault(); location.hash = `#/search?q=${encodeURIComponent(String(new FormData(form).get("q") ?? ""))}`; });
  root.append(h("h1", {}, "Search articles"), form);
  if (!q.trim()) return;
  try {
    const hits = await api.search(q);
    if (hits.length === 0) { root.append(h("p", { class: "muted" }, `No stored article matches “${q}”.`)); return; }
    root.append(h("ol", { class: "hits" }, ...hits.map((hit) => {
      const snippet = h("p", { class: "snippet" });
      for (const s of segments(hit.snippet, hit.highlights.map(([start, end]) => ({ start, end, key: "hit" }))))
        snippet.append(s.keys.length ? h("mark", {}, s.text) : document.createTextNode(s.text));
      return h("li", {}, h("a", { href: `#/article/${encodeURIComponent(hit.id)}` }, hit.title ?? "(untitled)"), " ", h("span", { class: "muted" }, hit.published ?? ""), snippet);
    })));
  } catch (err) {
    root.append(errorBox((err as Error).message));
  }
}
