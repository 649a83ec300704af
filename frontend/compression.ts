/**
 * gzip for `vite preview` (`make run`, browser tests): the built SPA's text assets are compressed
 * once, when first asked for, and kept; /api answers are compressed by the backend itself.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** Whether a request's Accept-Encoding allows gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

export function compression(): Plugin {
  const cache = new Map<string, { mtime: number; body: Buffer }>();
  return {
    name: 'euportal-compression',
    configurePreviewServer(server) {
      const dist = server.config.build.outDir.startsWith('/')
        ? server.config.build.outDir
        : join(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0];
        const type = TYPES[extname(path)];
        if (!type || path.startsWith('/api/') || !acceptsGzip(req.headers['accept-encoding'])) return next();
        const file = normalize(join(dist, decodeURIComponent(path)));
        if (!file.startsWith(dist)) return next();
        let stat;
        try {
          stat = statSync(file);
        } catch {
          return next();
        }
        let entry = cache.get(file);
        if (!entry || entry.mtime !== stat.mtimeMs) {
          entry = { mtime: stat.mtimeMs, body: gzipSync(readFileSync(file), { level: 9 }) };
          cache.set(file, entry);
        }
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        // Hashed file names under /assets never change: cached for a year; others revalidate.
        res.setHeader('Cache-Control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
        res.setHeader('Content-Length', String(entry.body.length));
        res.end(req.method === 'HEAD' ? undefined : entry.body);
      });
    },
  };
}
