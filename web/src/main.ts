import "./style.css";
import { api } from "./api";
import { clear, h } from "./dom";
import { parseRoute } from "./format";
import { article } from "./views/article";
import { dyad } from "./views/dyad";
import { showEvidence } from "./views/evidence";
import { map } from "./views/map";
import { network } from "./views/network";
import { overview } from "./views/overview";
import { search } from "./views/search";

const view = document.getElementById("view")!;
let generation = 0;

async function render(): Promise<void> {
  const route = parseRoute(location.hash);
  const mine = ++generation;
  clear(view);
  view.dataset.view = route.view;
  view.dataset.ready = "false";
  for (const a of document.querySelectorAll<HTMLAnchorElement>("nav a")) a.classList.toggle("active", a.dataset.view === route.view);
  const page = h("div", { class: "page" });
  view.append(page);
  switch (route.view) {
    case "overview": await overview(page); break;
    case "dyad": await dyad(page, route.a, route.b, route.interval); break;
    case "network": await network(page, route.level, route.since, route.until); break;
    case "map": await map(page, route.since, route.until); break;
    case "article": await article(page, route.id, route.event); break;
    case "search": await search(page, route.q); break;
    case "event": await overview(page); await showEvidence(route.id); break;
  }
  // tests and screen readers can tell when a view has its data
  if (mine === generation) view.dataset.ready = "true";
}

document.getElementById("quick-search")!.addEventListener("submit", (e) => {
  e.preventDefault();
  const q = new FormData(e.target as HTMLFormElement).get("q");
  location.hash = `#/search?q=${encodeURIComponent(String(q ?? ""))}`;
});
window.addEventListener("hashchange", () => { void render(); });
api.health().then((s) => { document.getElementById("store-counts")!.textContent = `${s.articles} articles · ${s.events} events`; }).catch(() => {});
void render();
