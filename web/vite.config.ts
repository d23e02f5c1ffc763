import { defineConfig } from 'vite';

// A static build (dist/) that ./scripts/dev serves on loopback.
export default defineConfig({ build: { outDir: 'dist', target: 'es2022', chunkSizeWarningLimit: 4000 } });
