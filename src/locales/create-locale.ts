import type { Core } from '@strapi/strapi';
import { errors, setCreatorFields, validateYupSchema, yup } from '@strapi/utils';
import { isoLocalesService, localesService } from './i18n-services';

interface CreateLocaleBody {
  code: string;
  name?: string | null;
  isDefault: boolean;
}

const createLocaleSchema = (codes: string[]) =>
  yup
    .object()
    .shape({
      name: yup.string().max(50).nullable(),
      code: yup.string().oneOf(codes, 'code must be one of the codes listed by GET /i18n/iso-locales').required(),
      isDefault: yup.boolean().required(),
    })
    .noUnknown();

/** i18n's POST /i18n/locales, validating the code against the extended iso-locales service. */
export const createLocale: Core.ControllerHandler = async (ctx) => {
  const body = ctx.request.body as CreateLocaleBody;
  const codes = isoLocalesService(strapi).getIsoLocales().map((locale) => locale.code);
  await validateYupSchema(createLocaleSchema(codes))(body);

  const locales = localesService(strapi);
  if (await locales.findByCode(body.code)) throw new errors.ApplicationError('This locale already exists');

  const { isDefault, ...locale } = body;
  const withCreator = setCreatorFields({ user: ctx.state.user })({ ...locale, name: locale.name || null });
  const created = await locales.create(withCreator, { isDefault });
  if (isDefault) await locales.setDefaultLocale(created);

  const sanitized = (await strapi.contentAPI.sanitize.output(created, strapi.getModel('plugin::i18n.locale'))) as typeof created;
  ctx.body = await locales.setIsDefault(sanitized);
};
