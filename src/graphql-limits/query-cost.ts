import { GraphQLError, getNamedType, getOperationAST, isLeafType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

export interface PageSizes {
  defaultLimit: number;
  maxLimit: number;
}

type PaginationArgs = { page?: number; pageSize?: number; start?: number; limit?: number };

/** Rows one list field may return: its pageSize/limit, the default page size when absent, at most maxLimit. */
export function pageSizeOf(pagination: PaginationArgs | undefined, sizes: PageSizes): number {
  const asked = pagination?.pageSize ?? pagination?.limit ?? sizes.defaultLimit;
  return asked < 0 || asked > sizes.maxLimit ? sizes.maxLimit : Math.max(asked, 1);
}

/** Strapi names component types `Component<Category><Name>`. */
const COMPONENT_TYPE = /^Component[A-Z]/;

/**
 * A field with a `pagination` argument costs its selection once per row it may return. Repeatable
 * components have the argument too, but hold only what editors wrote (capped per field in the
 * schema), so they cost as one object.
 */
export const paginatedListEstimator =
  (sizes: PageSizes): ComplexityEstimator =>
  ({ field, args, childComplexity }) => {
    if (!field.args.some((argument) => argument.name === 'pagination')) return undefined;
    const rows = COMPONENT_TYPE.test(getNamedType(field.type).name) ? 1 : pageSizeOf(args.pagination as PaginationArgs | undefined, sizes);
    return 1 + rows * Math.max(childComplexity, 1);
  };

/** Other fields: an object costs one plus its selection, a scalar nothing (the document's token limit bounds breadth). */
export const objectEstimator: ComplexityEstimator = ({ field, childComplexity }) => (isLeafType(getNamedType(field.type)) ? 0 : 1 + childComplexity);

const badUserInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/**
 * Roughly the number of objects (rows) the operation may return, whatever the data. Cost needs the
 * variables' values, so a variable of the wrong type fails here, before execution would refuse it:
 * its message names the variable and is the client's fault, not a 500.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined, sizes: PageSizes) {
  const operation = getOperationAST(document, operationName);
  if (operation && !schema.getRootType(operation.operation)) throw badUserInput(`This API has no ${operation.operation} operations`);
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      operationName,
      estimators: [paginatedListEstimator(sizes), objectEstimator],
    });
  } catch (error) {
    if (error instanceof GraphQLError) throw badUserInput(error.message);
    throw error;
  }
}

export const tooCostly = (cost: number, maxCost: number) =>
  badUserInput(`The operation may cost ${cost}, more than the limit of ${maxCost}: ask for smaller pages or fewer nested lists`);
