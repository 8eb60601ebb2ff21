// The example's build: Vite compiles the TSX itself (React's automatic JSX runtime).
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  // Out of the source tree (and the linter's way): the node test loads it from there.
  build: { outDir: '../../node_modules/.cache/examples/react', emptyOutDir: true },
});
