import type { Core, Schema, UID } from '@strapi/strapi';
import { isLocalizedType } from '../locales/i18n-services';

const EXPLORER = 'plugin::content-manager.explorer';

export type ExplorerAction = 'create' | 'read' | 'update' | 'delete' | 'publish';

export interface PermissionInput {
  action: string;
  subject: string | null;
  properties: { fields?: string[]; locales?: string[] | null };
  conditions: string[];
}

interface AdminRole {
  id: number;
}

interface RoleDefinition {
  name: string;
  code: string;
  description: string;
}

interface ContentTypeAction {
  actionId: string;
  subjects?: string[];
  options: { applyToProperties?: string[] };
}

interface RoleService {
  findOne(where: Partial<RoleDefinition>): Promise<AdminRole | null>;
  create(role: RoleDefinition): Promise<AdminRole>;
  assignPermissions(roleId: number, permissions: PermissionInput[]): Promise<unknown>;
}

interface PermissionService {
  actionProvider: { get(actionId: string): ContentTypeAction | undefined };
  findMany(params: { where: { role: { id: number } } }): Promise<PermissionInput[]>;
}

const roleService = (strapi: Core.Strapi) => strapi.service('admin::role') as RoleService;
const permissionService = (strapi: Core.Strapi) => strapi.service('admin::permission') as PermissionService;

const allFieldsOf = (strapi: Core.Strapi, contentType: Schema.ContentType): string[] =>
  strapi.service('admin::content-type').getNestedFields(contentType, { components: strapi.components });

/**
 * Content-manager permissions on `subjects`, every field included; `locales` (null = all) applies
 * to localized types only, the way the admin's role editor stores it.
 */
export function explorerPermissions(
  strapi: Core.Strapi,
  actions: ExplorerAction[],
  subjects: string[],
  locales: string[] | null
): PermissionInput[] {
  return actions.flatMap((name) => {
    const action = permissionService(strapi).actionProvider.get(`${EXPLORER}.${name}`);
    if (!action) return [];
    const properties = action.options.applyToProperties ?? [];
    return (action.subjects ?? [])
      .filter((subject) => subjects.includes(subject))
      .map((subject) => {
        const contentType = strapi.contentTypes[subject as UID.ContentType];
        return {
          action: action.actionId,
          subject,
          conditions: [],
          properties: {
            ...(properties.includes('fields') ? { fields: allFieldsOf(strapi, contentType) } : {}),
            ...(properties.includes('locales') && isLocalizedType(strapi, contentType) ? { locales } : {}),
          },
        };
      });
  });
}

const permissionKey = (permission: Pick<PermissionInput, 'action' | 'subject'>) => `${permission.action} ${permission.subject}`;

/**
 * Creates the role if neither its code nor its name exists, then makes its permissions for the given
 * action/subject pairs exactly `permissions`. Anything else granted in the admin stays;
 * assignPermissions writes only the difference, so an unchanged role is not touched.
 */
export async function provisionRole(strapi: Core.Strapi, role: RoleDefinition, permissions: PermissionInput[]): Promise<void> {
  const roles = roleService(strapi);
  const found = (await roles.findOne({ code: role.code })) ?? (await roles.findOne({ name: role.name }));
  const { id } = found ?? (await roles.create(role));

  const managed = new Set(permissions.map(permissionKey));
  const current = await permissionService(strapi).findMany({ where: { role: { id } } });
  const kept = current.filter((permission) => !managed.has(permissionKey(permission)));
  await roles.assignPermissions(id, [...kept, ...permissions]);
}
