import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Paths the server answers itself: the API, the OParl interface and the public page. */
const SERVER_PATHS = ['/api', '/oparl', '/oeffentlich'];
const isServerPath = (request: Request) => SERVER_PATHS.some((path) => request.path.startsWith(path));

/** Vite names every file under assets/ by its content hash: it never changes, so browsers keep it. */
const HASHED = { maxAge: '365d', immutable: true } as const;
/** What the build precompressed next to each asset (scripts/precompress), the better first. */
const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;

/** Serves `assets/x.js` as `assets/x.js.br` (or `.gz`) to a browser that accepts it. */
function precompressed(assets: string) {
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    // Our preference (brotli is smaller), among what the browser accepts and the build wrote.
    const found = ENCODINGS.find(
      ([encoding, suffix]) =>
        request.acceptsEncodings(encoding) === encoding &&
        existsSync(join(assets, `${decodeURIComponent(request.path)}${suffix}`)),
    );
    response.vary('Accept-Encoding');
    if (!found) return next();
    response.type(extname(request.path));
    response.setHeader('Content-Encoding', found[0]);
    // `root` makes send refuse paths that climb out of the assets directory.
    response.sendFile(`${request.path.slice(1)}${found[1]}`, { root: assets, ...HASHED }, (error) => {
      if (error) next(error);
    });
  };
}

/**
 * The dashboard's build: hashed assets precompressed and cached for good, everything else revalidated,
 * and index.html for every other GET outside /api (the SPA routes).
 */
export function serveDashboard(app: NestExpressApplication, dir: string): void {
  const root = resolve(dir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    new Logger('Dashboard').warn(`no dashboard build at ${root}: run npm run build`);
    return;
  }
  const assets = join(root, 'assets');
  app.use('/assets', precompressed(assets), express.static(assets, { index: false, ...HASHED }));
  const files = express.static(root, { index: false, maxAge: 0 });
  // Mounted before the server's own routes: without the check every GET of the API would look for a file.
  app.use((request: Request, response: Response, next: NextFunction) =>
    isServerPath(request) ? next() : files(request, response, next),
  );
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || isServerPath(request)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
