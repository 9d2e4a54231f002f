import { validateYupSchema, yup } from '@strapi/utils';

type Controller = (ctx: { request: { body: unknown } }) => Promise<unknown>;
type EmailPlugin = { controllers: { email: { send: Controller } } };

const recipients = (required = false) =>
  yup.lazy((value: unknown) =>
    Array.isArray(value)
      ? yup.array().of(yup.string().email().required()).min(required ? 1 : 0)
      : required ? yup.string().email().required() : yup.string().email()
  );

/** POST /api/email: the options the provider understands, checked before it runs. */
const validateSendBody = validateYupSchema(
  yup
    .object({
      to: recipients(true),
      cc: recipients(),
      bcc: recipients(),
      from: yup.string(),
      replyTo: yup.string(),
      subject: yup.string().required(),
      text: yup.string(),
      html: yup.string(),
    })
    .noUnknown(),
  { strict: true, abortEarly: false }
);

/**
 * The email plugin turns every provider error without statusCode 400 into a 500, including a body
 * with no recipient (found by the permission matrix: `POST /api/email {}` answered 500). A body the
 * provider cannot send is a 400 naming the field instead.
 */
export default (plugin: EmailPlugin) => {
  const send = plugin.controllers.email.send;
  plugin.controllers.email.send = async (ctx) => {
    await validateSendBody(ctx.request.body ?? {});
    return send(ctx);
  };
  return plugin;
};
