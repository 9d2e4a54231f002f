import type { Core, UID } from '@strapi/strapi';

/** Whether a document-service update adds a localization: in Strapi 5 updating a missing locale creates it. */
export async function createsLocalization(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  params: { documentId?: string; locale?: unknown }
): Promise<boolean> {
  if (!params.documentId || typeof params.locale !== 'string' || params.locale === '' || params.locale === '*') return false;
  const versions = await strapi.db.query(uid).count({ where: { documentId: params.documentId, locale: params.locale } });
  return versions === 0;
}
