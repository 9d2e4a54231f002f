import { Kind, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { aliasLimit } from './alias-limit';
import { hasFragmentCycle } from './fragment-cycles';
import { hideInternalDetails } from './internal-errors';
import { publishedRelationsForReaders } from './published-relations';
import { operationCost, tooCostly, type PageSizes } from './query-cost';

export interface GraphqlLimits extends PageSizes {
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
}

const withoutOperations = (document: DocumentNode): DocumentNode => ({
  ...document,
  definitions: document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION),
});

/**
 * Strapi's depth-limit rule walks fragment spreads without end when fragments spread each other,
 * and that overflow answered 500. A document with a cycle keeps only its fragments: graphql's own
 * NoFragmentCycles rule then names the cycle (400), and the depth rule has no operation to walk.
 * Cost depends on variables (page sizes), so it is checked per request once the operation is known.
 * Unexpected errors leave without their internals.
 */
const operationLimitsPlugin = (limits: GraphqlLimits): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async parsingDidStart(requestContext) {
        return async (error) => {
          const { document } = requestContext;
          if (!error && document && hasFragmentCycle(document)) Object.assign(requestContext, { document: withoutOperations(document) });
        };
      },
      async didResolveOperation({ schema, document, request, operationName }) {
        const cost = operationCost(schema, document, request.variables, operationName ?? undefined, limits);
        if (cost > limits.maxCost) throw tooCostly(cost, limits.maxCost);
      },
      async willSendResponse({ response }) {
        if (response.body.kind === 'single' && response.body.singleResult.errors) {
          response.body.singleResult.errors = response.body.singleResult.errors.map(hideInternalDetails);
        }
      },
    };
  },
});

/**
 * What config/plugins.ts adds to Strapi's Apollo server: the operation limits, and readers' relation
 * fields kept to published versions. Strapi concatenates these arrays with its own (its depth limit
 * and plugins stay).
 */
export const graphqlOperationLimits = (limits: GraphqlLimits) => ({
  // graphql's own OverlappingFieldsCanBeMerged rule compares every pair of same-named fields: 2,000
  // aliases took seconds before any rule could refuse them. Bounding the document stops that at parse.
  parseOptions: { maxTokens: limits.maxTokens },
  validationRules: [aliasLimit(limits.maxAliases)],
  plugins: [operationLimitsPlugin(limits), publishedRelationsForReaders],
});
