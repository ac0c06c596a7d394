import { defineConfig } from "vite";

// Built into dist/ and served by `faultline serve` at /. Everything is bundled: no CDN, no tile server.
export default defineConfig({
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { "/api": "http://127.0.0.1:5080", "/healthz": "http://127.0.0.1:5080" } },
  test: { include: ["src/**/*.test.ts"] },
});
