import type { Core } from '@strapi/strapi';
import { explorerPermissions, provisionRole } from './admin-roles';

/** Strapi's own Editor role code, so the role it creates on a new database is the one kept up to date. */
const EDITOR = {
  name: 'Editor',
  code: 'strapi-editor',
  description: 'Editors can manage and publish contents including those of other users.',
};

/**
 * Strapi creates its Editor role without a `locales` property, which its permission engine reads as
 * no locale at all; editors get every project content type in every locale (null = all, including
 * locales added later).
 */
export async function ensureEditorRole(strapi: Core.Strapi): Promise<void> {
  const projectTypes = Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::'));
  const permissions = explorerPermissions(strapi, ['create', 'read', 'update', 'delete', 'publish'], projectTypes, null);
  await provisionRole(strapi, EDITOR, permissions);
}
