import { errors } from '@strapi/utils';
import type { Context } from 'koa';

const statusOf = (error: Error & { status?: number; statusCode?: number; httpCode?: number }) => error.status ?? error.statusCode ?? error.httpCode;

/** Why a body could not be read, in words a client can act on (never the parser's internals). */
function reason(error: Error & { type?: string }, ctx: Context): string {
  const encoding = ctx.get('Content-Encoding');
  if (error.type === 'encoding.unsupported') return `Content-Encoding "${encoding}" is not supported`;
  if (encoding) return `the body is not valid ${encoding} data`;
  if (ctx.is('multipart')) return 'the multipart body is incomplete or malformed';
  if (ctx.is('json')) return 'the body is not valid JSON';
  return 'the body could not be parsed';
}

/**
 * `onError` of Strapi's body parser (koa-body): malformed JSON, a body that is not what its
 * Content-Encoding says, a truncated multipart upload or an unknown encoding are the client's fault
 * and answer 400 naming `body`, not 500. Size limits keep their own answers (413).
 */
export function rejectUnparsableBody(error: Error, ctx: Context): never {
  if (statusOf(error) === 413 || error.message.includes('maxFileSize')) throw error;
  const message = reason(error, ctx);
  throw new errors.ValidationError(`Invalid request body: ${message}`, {
    errors: [{ path: ['body'], message, name: 'ValidationError', value: undefined }],
  });
}
