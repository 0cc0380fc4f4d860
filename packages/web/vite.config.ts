import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

// `npm run dev`: Vite serves the app with hot reload and forwards /api to the
// Nurani server (port 3000 unless NURANI_API_URL says otherwise).
const api = process.env.NURANI_API_URL ?? "http://localhost:3000";

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy next to each text asset of
 * the build; the server sends the smallest one the browser accepts
 * (@fastify/static `preCompressed`), which matters to a test taker on a slow
 * mobile connection (docs/asesmen.md "Performance").
 */
function kompresAset(): Plugin {
  return {
    name: "nurani-kompres-aset",
    apply: "build",
    async writeBundle(opsi, bundle) {
      const dir = opsi.dir ?? "dist";
      for (const nama of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(nama)) continue;
        const berkas = path.join(dir, nama);
        const isi = await readFile(berkas);
        if (isi.length < 1024) continue;
        const br = brotliCompressSync(isi, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: isi.length },
        });
        await writeFile(`${berkas}.br`, br);
        await writeFile(`${berkas}.gz`, gzipSync(isi, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), kompresAset()],
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: {
      "/api": { target: api, changeOrigin: false },
      "/healthz": api,
      "/readyz": api,
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});
