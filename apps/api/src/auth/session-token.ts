import type { Request } from 'express';

export const SESSION_COOKIE = 'gremium_session';

/** The bearer token (scripts, tests) or the HttpOnly cookie (the dashboard). */
export function sessionToken(request: Request): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  const cookies = request.cookies as Record<string, string> | undefined;
  return cookies?.[SESSION_COOKIE] ?? null;
}
