import crypto from 'crypto';
import type { TestApp } from './strapi';

export interface AdminSession {
  jwt: string;
  email: string;
}

const findRoleId = async (app: TestApp, where: { code?: string; name?: string }): Promise<number> => {
  const role = await app.strapi.db.query('admin::role').findOne({ where });
  if (!role) throw new Error(`admin role ${JSON.stringify(where)} is missing`);
  return role.id as number;
};

/** Creates an active admin user with the given role and signs in through POST /admin/login. */
export async function signInAdmin(app: TestApp, role: { code?: string; name?: string }): Promise<AdminSession> {
  const suffix = crypto.randomBytes(4).toString('hex');
  const email = `staff_${suffix}@example.com`;
  const password = `Staff-${suffix}-Pw1`;
  await app.strapi.service('admin::user').create({
    firstname: 'Cán bộ',
    lastname: suffix,
    email,
    password,
    isActive: true,
    registrationToken: null,
    roles: [await findRoleId(app, role)],
  });
  const response = await app.request().post('/admin/login').send({ email, password });
  if (response.status !== 200) {
    throw new Error(`admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return { jwt: response.body.data.token as string, email };
}

export const signInSuperAdmin = (app: TestApp) => signInAdmin(app, { code: 'strapi-super-admin' });
