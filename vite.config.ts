import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: "src/web",
  plugins: [react()],
  build: { outDir: "../../dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    port: 5173,
    proxy: {
      // src/web/api/*.ts are source files of the app, not API calls: let Vite serve those.
      "/api": {
        target: "http://localhost:3000",
        bypass: (req) => (/\.tsx?(\?|$)/.test(req.url ?? "") ? req.url : undefined),
      },
      "/docs": "http://localhost:3000",
    },
  },
});
