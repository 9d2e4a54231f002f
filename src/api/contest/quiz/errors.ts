import { errors } from '@strapi/utils';

/** The person already has an entry in this round (a double submit or a race lost): answered 409. */
export class DuplicateEntryError extends errors.ApplicationError<'ConflictError'> {
  name = 'ConflictError' as const;
}
