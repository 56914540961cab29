/** Response values and request helpers shared by the emulator's routes (node:http, no framework). */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { SalesforceError } from './types';

/** jsforce parses a body as JSON only when Content-Type matches `^application/json(;|$)`. */
export const JSON_CONTENT_TYPE = 'application/json;charset=UTF-8';

/** A request as routes see it: the body already read. */
export interface EmulatorRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What a route answers; the server writes it after latency, counters and common headers. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': JSON_CONTENT_TYPE, ...headers }, body: JSON.stringify(value) };
}

export function textReply(status: number, body: string, contentType = 'text/plain;charset=UTF-8'): Reply {
  return { status, headers: { 'Content-Type': contentType }, body };
}

export function emptyReply(status: number, headers: Record<string, string> = {}): Reply {
  return { status, headers, body: '' };
}

export function redirectReply(location: string): Reply {
  return { status: 302, headers: { Location: location }, body: '' };
}

/** The REST API's error body: an array of `{ message, errorCode, fields }`. */
export function errorBody(error: SalesforceError): { message: string; errorCode: string; fields?: string[] }[] {
  return [{ message: error.message, errorCode: error.errorCode, ...(error.fields.length ? { fields: error.fields } : {}) }];
}

export function notFound(): SalesforceError {
  return new SalesforceError('NOT_FOUND', 'The requested resource does not exist', 404);
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function writeReply(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': Buffer.byteLength(reply.body) });
  res.end(reply.body);
}

/** The first value of a header that node may have folded into an array. */
export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** The token of an `Authorization: Bearer …` header. */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header(headers, 'authorization') ?? '');
  return match?.[1];
}
