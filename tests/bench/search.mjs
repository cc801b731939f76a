// Runs the TypeScript benchmark through Vite's module runner (no extra tooling needed).
import process from 'node:process';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./tests/bench/search-bench.ts', { configFile: false, logLevel: 'error' });
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
await module.main(sizes.length ? sizes : undefined);
