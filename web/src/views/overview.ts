import { api } from "../api";
import { errorBox, h } from "../dom";
import { signed } from "../format";
import { eventTable } from "./evidence";

/** Overview: the dyads whose tension moved most in their latest week, and the latest stories. */
export async function overview(root: HTMLElement): Promise<void> {
  const dyads = h("section", { class: "card", id: "top-dyads" }, h("h2", {}, "Dyads by tension change"));
  const stories = h("section", { class: "card", id: "latest-stories" }, h("h2", {}, "Latest stories"));
  root.append(h("div", { class: "grid two" }, dyads, stories));
  const [top, latest] = await Promise.allSettled([api.topDyads("week", 12), api.events({ stories: true, page_size: 25 })]);
  if (top.status === "rejected") dyads.append(errorBox(top.reason.message));
  else if (top.value.length === 0) dyads.append(h("p", { class: "muted" }, "No events between two coded actors yet: ingest some articles."));
  else {
    const body = h("tbody");
    for (const d of top.value)
      body.append(h("tr", { class: d.alert ? "alert" : "" },
        h("td", {}, h("a", { href: `#/dyad/${d.a}/${d.b}` }, `${d.a} – ${d.b}`)),
        h("td", { class: "num" }, d.events), h("td", {}, d.last_start), h("td", { class: "num" }, d.last_events),
        h("td", { class: `num ${d.change > 0 ? "up" : d.change < 0 ? "down" : ""}` }, signed(d.change)),
        h("td", {}, d.alert ? "alert" : "")));
    dyads.append(h("table", { class: "dyads" },
      h("thead", {}, h("tr", {}, h("th", {}, "dyad"), h("th", {}, "events"), h("th", {}, "latest week"), h("th", {}, "events then"), h("th", { title: "tension minus its EWMA baseline" }, "tension change"), h("th", {}, ""))),
      body));
  }
  if (latest.status === "rejected") stories.append(errorBox(latest.reason.message));
  else stories.append(eventTable(latest.value.items), h("p", { class: "muted" }, `${latest.value.total} stories in all.`));
}
