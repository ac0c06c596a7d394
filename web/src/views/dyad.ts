import * as echarts from "echarts";
import { api } from "../api";
import { errorBox, h } from "../dom";
import { eventTable } from "./evidence";

/** Dyad view: stacked QuadClass timeline, tension line with its baseline and alerts, and the dyad's events. */
export async function dyad(root: HTMLElement, a: string, b: string, interval: string): Promise<void> {
  const form = h("form", { class: "inline", id: "dyad-form" },
    h("label", {}, "Actor ", h("input", { name: "a", value: a, placeholder: "PAK", size: 8, required: true, pattern: "[A-Za-z]+", list: "actor-codes" })),
    h("label", {}, " and ", h("input", { name: "b", value: b, placeholder: "AFG", size: 8, required: true, pattern: "[A-Za-z]+", list: "actor-codes" })),
    h("label", {}, " by ", h("select", { name: "interval" }, ...["day", "week", "month"].map((i) => h("option", { value: i, selected: i === interval }, i)))),
    h("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const f = new FormData(form);
    location.hash = `#/dyad/${String(f.get("a")).toUpperCase()}/${String(f.get("b")).toUpperCase()}?interval=${f.get("interval")}`;
  });
  const codes = h("datalist", { id: "actor-codes" });
  root.append(h("h1", {}, a && b ? `${a} – ${b}` : "Dyad"), form, codes);
  // suggestions: the actor codes seen in events, most frequent first, with the coder's names
  api.actors().then((list) => codes.append(...list.map((x) => h("option", { value: x.code }, x.name ? `${x.name} (${x.events})` : `${x.events} events`)))).catch(() => {});
  if (!a || !b) {
    root.append(h("p", { class: "muted" }, "Pick two actor codes (country codes such as PAK and AFG, or full codes such as PAKMIL), or choose a dyad on the overview."));
    return;
  }
  const chartBox = h("div", { class: "chart", id: "dyad-chart" });
  const events = h("section", { class: "card" }, h("h2", {}, "Events"));
  root.append(chartBox, events);
  try {
    const [series, page] = await Promise.all([api.series(a, b, interval), api.events({ dyad: `${a}:${b}`, page_size: 100 })]);
    const pts = series.points;
    if (pts.length === 0) chartBox.replaceWith(h("p", { class: "muted" }, `No dated events between ${a} and ${b}.`));
    else {
      const chart = echarts.init(chartBox, undefined, { renderer: "canvas" });
      const x = pts.map((p) => p.start);
      const bar = (name: string, key: "verbal_cooperation" | "material_cooperation" | "verbal_conflict" | "material_conflict", color: string) =>
        ({ name, type: "bar" as const, stack: "quad", barMaxWidth: 48, data: pts.map((p) => p[key]), itemStyle: { color } });
      chart.setOption({
        animation: false,
        tooltip: { trigger: "axis" },
        legend: { top: 0 },
        grid: { left: 48, right: 48, top: 40, bottom: 40 },
        xAxis: { type: "category", data: x },
        yAxis: [{ type: "value", name: "events" }, { type: "value", name: "tension" }],
        series: [
          bar("verbal cooperation", "verbal_cooperation", "#8fc7a3"), bar("material cooperation", "material_cooperation", "#2f8f5b"),
          bar("verbal conflict", "verbal_conflict", "#f0a868"), bar("material conflict", "material_conflict", "#c0392b"),
          { name: "tension", type: "line", yAxisIndex: 1, data: pts.map((p) => p.tension), itemStyle: { color: "#333" },
            markPoint: { symbol: "pin", symbolSize: 36, itemStyle: { color: "#c0392b" }, data: pts.filter((p) => p.alert).map((p) => ({ name: "alert", coord: [p.start, p.tension], value: "!" })) } },
          { name: "baseline (EWMA)", type: "line", yAxisIndex: 1, data: pts.map((p) => p.baseline), lineStyle: { type: "dashed" }, itemStyle: { color: "#888" }, symbol: "none" },
        ],
      });
      chartBox.dataset.points = String(pts.length);
      chartBox.dataset.alerts = String(pts.filter((p) => p.alert).length);
      new ResizeObserver(() => chart.resize()).observe(chartBox);
    }
    events.append(eventTable(page.items), h("p", { class: "muted" }, `${page.total} events (asserted, reported, claimed).`));
  } catch (err) {
    root.append(errorBox((err as Error).message));
  }
}
