import crypto from 'crypto';
import type { Core } from '@strapi/strapi';

/**
 * A keyed hash (HMAC-SHA256 with `DATA_HASH_SECRET`) of a citizen's identifier: an IP address, a
 * citizen-ID number, an email. Equal inputs give equal hashes, so duplicates and limits still work,
 * but without the secret the value cannot be recovered by hashing every possible input
 * (Decree 13/2023/NĐ-CP data minimisation). `purpose` keeps hashes of different kinds apart.
 */
export function hashPersonalData(strapi: Core.Strapi, purpose: string, value: string): string {
  const secret = strapi.config.get('cchc.dataHashSecret') as string;
  return crypto.createHmac('sha256', secret).update(`${purpose}\u0000${value}`).digest('hex');
}
