import type { Server } from 'node:http';

/** Serves `dir` on 127.0.0.1:`port` as a common static host does (see static-server.mjs). */
export function serveStatic(dir: string, port: number): Promise<Server>;
