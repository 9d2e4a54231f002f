import type { GraphQLFormattedError } from 'graphql';

/**
 * Strapi's GraphQL error formatter answers an unexpected error as "Internal Server Error" but
 * copies the original error's name, message and details into `extensions.error` (a database error
 * names tables and columns). It is logged on the server; the client gets only the code.
 */
export const hideInternalDetails = (error: GraphQLFormattedError): GraphQLFormattedError =>
  error.extensions?.code === 'INTERNAL_SERVER_ERROR'
    ? { message: 'Internal Server Error', ...(error.path ? { path: error.path } : {}), extensions: { code: 'INTERNAL_SERVER_ERROR' } }
    : error;
