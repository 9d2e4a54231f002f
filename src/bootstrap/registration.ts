import type { Core } from '@strapi/strapi';

type AdvancedSettings = { allow_register?: boolean; email_confirmation?: boolean } & Record<string, unknown>;

/**
 * Public sign-up follows `PUBLIC_REGISTRATION` (off by default); when on, new accounts must confirm
 * their e-mail address. The setting is re-applied on every start: change the variable, not the admin.
 */
export async function applyRegistrationSetting(strapi: Core.Strapi): Promise<void> {
  const allowRegister = strapi.config.get('cchc.publicRegistration') as boolean;
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as AdvancedSettings;
  const wanted = { allow_register: allowRegister, email_confirmation: allowRegister ? true : advanced.email_confirmation };
  if (advanced.allow_register === wanted.allow_register && advanced.email_confirmation === wanted.email_confirmation) return;
  await store.set({ key: 'advanced', value: { ...advanced, ...wanted } });
}
