import type { NextFunction, Request, Response } from 'express';

/** OParl is open data: any site may read it (CORS `*`, no credentials), and answer preflights at once. */
export function oparlCors(request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
  response.setHeader('Access-Control-Allow-Headers', 'Accept, Content-Type');
  response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  if (request.method === 'OPTIONS') {
    response.status(204).end();
    return;
  }
  next();
}
