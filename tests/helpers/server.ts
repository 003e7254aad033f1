import { serveStatic as serve } from '../../scripts/lib/static-server.ts';

/** Serve a built site folder on 127.0.0.1 (random port) under its base path: the shared static server. */
export const serveStatic = (dir: string, base = '/') => serve(dir, { base });
