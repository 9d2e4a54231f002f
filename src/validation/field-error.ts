import { errors } from '@strapi/utils';

/** A 400 ValidationError in Strapi's shape whose message and details name the offending field. */
export const fieldError = (path: string, message: string) =>
  new errors.ValidationError(`${path}: ${message}`, {
    errors: [{ path: path.split('.'), message, name: 'ValidationError', value: undefined }],
  });
