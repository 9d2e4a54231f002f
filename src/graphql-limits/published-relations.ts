import type { ApolloServerPlugin } from '@apollo/server';
import { stateMayReadDrafts, type RequestState } from '../document-middlewares/published-only-for-readers';

type Context = { state?: RequestState };
const PUBLICATION_ARGS = ['status', 'publicationFilter', 'hasPublishedVersion'];

/**
 * Strapi's GraphQL relation fields (localizations included) take their publication status from
 * the root query's raw arguments, which the document service never sees: a reader's
 * `newsArticles(status: DRAFT) { localizations { title } }` listed unpublished translations.
 * Strapi copies those arguments in its own plugin's willResolveField; Apollo calls these hooks in
 * reverse plugin order, so this one runs first and leaves readers the published status only.
 */
export const publishedRelationsForReaders: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async executionDidStart() {
        return {
          willResolveField({ source, args, contextValue }) {
            if (source || stateMayReadDrafts(contextValue.state)) return;
            const rootArgs = args as Record<string, unknown>;
            for (const name of PUBLICATION_ARGS) delete rootArgs[name];
            rootArgs.status = 'published';
          },
        };
      },
    };
  },
};
