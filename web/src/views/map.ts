import { geoNaturalEarth1, geoPath, geoGraticule10 } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { api } from "../api";
import { errorBox, h } from "../dom";
import { eventTable } from "./evidence";

const SVG = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** Map view: events by place on an offline world map (Natural Earth via world-atlas, drawn with d3-geo). */
export async function map(root: HTMLElement, since: string, until: string): Promise<void> {
  const box = h("div", { class: "map", id: "event-map" });
  const list = h("section", { class: "card", id: "place-events" }, h("h2", {}, "Events at a place"), h("p", { class: "muted" }, "Click a circle."));
  root.append(h("h1", {}, "Where events happen"), box, list);
  const width = 960, height = 500;
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], { type: "Sphere" });
  const path = geoPath(projection);
  const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topo, topo.objects.countries);
  const map = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "World map of event places" });
  map.append(svg("path", { d: path({ type: "Sphere" }) ?? "", class: "sphere" }));
  map.append(svg("path", { d: path(geoGraticule10()) ?? "", class: "graticule" }));
  const land = svg("g", { class: "countries" });
  for (const f of countries.features) land.append(svg("path", { d: path(f) ?? "" }));
  map.append(land);
  box.append(map);
  try {
    const places = await api.places({ since: since || undefined, until: until || undefined });
    const max = Math.max(1, ...places.map((p) => p.events));
    const dots = svg("g", { class: "places" });
    for (const p of [...places].reverse()) {
      const xy = projection([p.lon, p.lat]);
      if (!xy) continue;
      const share = p.events === 0 ? 0 : p.conflict / p.events;
      const c = svg("circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (3 + 12 * Math.sqrt(p.events / max)).toFixed(1), class: share >= 0.5 ? "conflict" : "cooperation", tabindex: 0 });
      const title = svg("title", {});
      title.textContent = `${p.name}, ${p.country}: ${p.events} events (${p.conflict} conflict, ${p.cooperation} cooperation)${p.fatalities ? `, ${p.fatalities} deaths` : ""}`;
      c.append(title);
      c.addEventListener("click", async () => {
        list.replaceChildren(h("h2", {}, `${p.name}, ${p.country}`));
        try { list.append(eventTable((await api.events({ place: p.name, page_size: 100 })).items)); }
        catch (err) { list.append(errorBox((err as Error).message)); }
      });
      dots.append(c);
    }
    map.append(dots);
    box.dataset.places = String(places.length);
    root.insertBefore(h("p", { class: "muted" }, `${places.length} places with coded events; red: mostly conflict, green: mostly cooperation; area by number of events.`), box);
  } catch (err) {
    root.append(errorBox((err as Error).message));
  }
}
