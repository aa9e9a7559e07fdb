import type { Request } from 'express';
import type { Actor } from '../services/audit';

/** The audit actor of a request: who (if signed in), from which IP, under which request id. */
export const actorOf = (req: Request): Actor => ({ userId: req.user?.id ?? null, ip: req.ip ?? null, requestId: String(req.id) });

/** A form field as a trimmed string ('' when absent or not a string). */
export const field = (req: Request, name: string): string => {
  const v = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v.trim() : '';
};
/** A secret field (password, code) exactly as typed. */
export const secretField = (req: Request, name: string): string => {
  const v = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : '';
};
