// Typed access to Faultline's HTTP API (DESIGN.md). Every call throws ApiError with the server's message on a non-2xx.

export interface ActorRef { text: string; code: string | null; name: string | null }
export interface Place { name: string; country: string; admin1: string | null; lat: number | null; lon: number | null }
export interface StoredEvent {
  id: string; date: string | null; date_source: string; source: ActorRef; target: ActorRef | null;
  cameo: string; cameo_name?: string | null; root: string; quad_class: number; goldstein: number; plover: string | null;
  modality: string; location: Place | null; fatalities: number | null; sentence: string; start: number; end: number;
  rule: string; confidence: number; article_id: string; article_title: string | null; article_source: string | null;
  trigger: { start: number; end: number };
  story_id: string; mentions: number; story_sources: number;
  sources?: string[]; evidence?: { sentence: string; start: number; end: number; trigger: { start: number; end: number } };
}
export interface EventPage { page: number; page_size: number; total: number; items: StoredEvent[] }
export interface SeriesPoint {
  start: string; events: number; verbal_cooperation: number; material_cooperation: number; verbal_conflict: number; material_conflict: number;
  goldstein_sum: number; goldstein_mean: number; material_conflict_share: number; tension: number; baseline: number; z_score: number; alert: boolean;
}
export interface Series { a: string; b: string; interval: string; points: SeriesPoint[] }
export interface DyadChange { a: string; b: string; events: number; last_start: string; last_events: number; tension: number; baseline: number; change: number; z_score: number; alert: boolean; goldstein_sum: number }
export interface NetworkNode { actor: string; events: number; strength: number; friends: number; enemies: number; degree_centrality: number }
export interface NetworkEdge { a: string; b: string; events: number; weight: number; cooperation: number; conflict: number; sign: number }
export interface Triad { a: string; b: string; c: string; pattern: string; balanced: boolean; kind: string }
export interface Network { nodes: NetworkNode[]; edges: NetworkEdge[]; triads: Triad[]; open_triads: { a: string; enemy: string; c: string }[] }
export interface PlaceSummary { name: string; country: string; admin1: string | null; lat: number; lon: number; events: number; conflict: number; cooperation: number; fatalities: number }
export interface Entity { text: string; type: string; start: number; end: number; actor: string | null }
export interface ArticleView { id: string; title: string | null; published: string | null; byline: string | null; text: string; sources: string[]; entities: Entity[]; events: StoredEvent[] }
export interface SearchResult { id: string; title: string | null; published: string | null; snippet: string; highlights: [number, number][] }
export interface Health { status: string; articles: number; events: number }

export class ApiError extends Error {
  constructor(public status: number, message: string) { super(message); }
}

async function get<T>(path: string, params: Record<string, string | number | boolean | undefined | null> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") query.set(k, String(v));
  const url = query.size > 0 ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try { message = (await response.json()).error ?? message; } catch { /* not JSON */ }
    throw new ApiError(response.status, message);
  }
  return response.json() as Promise<T>;
}

const seg = encodeURIComponent;

export const api = {
  health: () => get<Health>("/healthz"),
  events: (p: { actor?: string; dyad?: string; root?: string; modality?: string; since?: string; until?: string; q?: string; place?: string; page?: number; page_size?: number; stories?: boolean }) =>
    get<EventPage>("/api/events", p),
  event: (id: string) => get<StoredEvent>(`/api/events/${seg(id)}`),
  article: (id: string) => get<ArticleView>(`/api/articles/${seg(id)}`),
  series: (a: string, b: string, interval: string) => get<Series>(`/api/dyads/${seg(a)}/${seg(b)}/series`, { interval }),
  topDyads: (interval: string, limit = 10) => get<DyadChange[]>("/api/dyads", { interval, limit }),
  network: (p: { since?: string; until?: string; level?: string }) => get<Network>("/api/network", p),
  places: (p: { since?: string; until?: string; root?: string }) => get<PlaceSummary[]>("/api/places", p),
  search: (q: string) => get<SearchResult[]>("/api/search", { q }),
  actors: (q?: string) => get<{ code: string; name: string | null; events: number }[]>("/api/actors", { q, limit: 200 }),
};
