import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'gremium_session';

/** The bearer token (scripts, tests) or the HttpOnly cookie (the dashboard). */
export function sessionToken(request: Request): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  const cookies = request.cookies as Record<string, string> | undefined;
  return cookies?.[SESSION_COOKIE] ?? null;
}

/**
 * HttpOnly, SameSite=Strict, and Secure whenever the request came over TLS (behind a proxy Express knows
 * that only with TRUST_PROXY, from X-Forwarded-Proto).
 */
export function setSessionCookie(response: Response, token: string, expiresAt: Date): void {
  response.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: response.req.secure,
    path: '/',
    expires: expiresAt,
  });
}

/** The client's address: the socket's, or behind a trusted proxy the one it forwarded (TRUST_PROXY). */
export function clientAddress(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
