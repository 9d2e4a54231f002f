import type { Modules } from '@strapi/strapi';
import { toNfc } from '../utils/nfc';

type Middleware = Modules.Documents.Middleware.Middleware;

const WRITE_ACTIONS = new Set(['create', 'update']);

/** Text is stored composed (NFC) whoever writes it, so filters and slugs see one spelling. */
export const nfcText = (): Middleware => async (context, next) => {
  const params = context.params as { data?: unknown };
  if (WRITE_ACTIONS.has(context.action) && params.data) params.data = toNfc(params.data);
  return next();
};
