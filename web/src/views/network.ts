import cytoscape from "cytoscape";
import { api } from "../api";
import { errorBox, h } from "../dom";
import { signed } from "../format";

/** Network view: the signed graph (green cooperation, red conflict, width by weight) and its balance triads. */
export async function network(root: HTMLElement, level: string, since: string, until: string): Promise<void> {
  const form = h("form", { class: "inline" },
    h("label", {}, "Level ", h("select", { name: "level" }, ...["country", "actor"].map((l) => h("option", { value: l, selected: l === level }, l)))),
    h("label", {}, " since ", h("input", { name: "since", type: "date", value: since })),
    h("label", {}, " until ", h("input", { name: "until", type: "date", value: until })),
    h("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const f = new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)]).filter(([, v]) => v !== ""));
    location.hash = `#/network?${f}`;
  });
  const graphBox = h("div", { class: "graph", id: "network-graph" });
  const side = h("section", { class: "card", id: "triads" }, h("h2", {}, "Structural balance"));
  root.append(h("h1", {}, "Signed actor network"), form, h("div", { class: "grid wide" }, graphBox, side));
  try {
    const net = await api.network({ level, since: since || undefined, until: until || undefined });
    if (net.nodes.length === 0) { graphBox.append(h("p", { class: "muted" }, "No edges: no events between two coded actors in this period.")); return; }
    const maxW = Math.max(...net.edges.map((e) => Math.abs(e.weight)), 1);
    const cy = cytoscape({
      container: graphBox,
      elements: [
        ...net.nodes.map((n) => ({ data: { id: n.actor, label: n.actor, size: 20 + 40 * n.degree_centrality } })),
        ...net.edges.map((e) => ({ data: { id: `${e.a}-${e.b}`, source: e.a, target: e.b, sign: e.sign, width: 1 + 7 * Math.abs(e.weight) / maxW, label: signed(e.weight) } })),
      ],
      style: [
        { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#46607a", color: "#222", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3 } },
        { selector: "edge", style: { width: "data(width)", "line-color": "#c0392b", "curve-style": "bezier", opacity: 0.8 } },
        { selector: "edge[sign > 0]", style: { "line-color": "#2f8f5b" } },
        { selector: "edge:selected", style: { label: "data(label)", "font-size": 10 } },
      ],
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000 } as cytoscape.LayoutOptions,
    });
    graphBox.dataset.nodes = String(cy.nodes().length);
    graphBox.dataset.edges = String(cy.edges().length);
    // an edge opens its dyad; a node shows its neighbourhood
    cy.on("tap", "edge", (evt) => { location.hash = `#/dyad/${evt.target.data("source")}/${evt.target.data("target")}`; });
    cy.on("tap", "node", (evt) => {
      cy.elements().style("opacity", 0.15);
      evt.target.closedNeighborhood().style("opacity", 1);
    });
    cy.on("tap", (evt) => { if (evt.target === cy) cy.elements().style("opacity", 1); });
    const unbalanced = net.triads.filter((t) => !t.balanced);
    side.append(
      h("p", {}, `${net.nodes.length} actors, ${net.edges.length} signed edges; ${unbalanced.length} of ${net.triads.length} closed triads unbalanced.`),
      h("p", { class: "muted" }, "Click an edge for its dyad, a node for its neighbours."),
      net.triads.length === 0 ? h("p", { class: "muted" }, "No closed triads.") : h("table", { class: "triads" },
        h("thead", {}, h("tr", {}, h("th", {}, "triad"), h("th", {}, "signs"), h("th", {}, "balanced"), h("th", {}, "kind"))),
        h("tbody", {}, ...net.triads.map((t) => h("tr", { class: t.balanced ? "" : "alert" }, h("td", {}, `${t.a} ${t.b} ${t.c}`), h("td", {}, t.pattern), h("td", {}, t.balanced ? "yes" : "no"), h("td", {}, t.kind))))),
      h("h3", {}, "Enemy of my enemy"),
      net.open_triads.length === 0 ? h("p", { class: "muted" }, "None open.") :
        h("ul", {}, ...net.open_triads.slice(0, 30).map((o) => h("li", {}, `${o.a} and ${o.c} are both hostile to ${o.enemy}`))),
      h("h3", {}, "Most central"),
      h("ol", {}, ...net.nodes.slice(0, 10).map((n) => h("li", {}, `${n.actor}: ${n.friends} friends, ${n.enemies} enemies, centrality ${n.degree_centrality}`))),
    );
  } catch (err) {
    root.append(errorBox((err as Error).message));
  }
}
