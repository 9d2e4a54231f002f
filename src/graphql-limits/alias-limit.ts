import { GraphQLError, type ValidationRule } from 'graphql';

/** Each alias of a list field is another database query: 2,000 of them took 13 s. */
export const aliasLimit =
  (maxAliases: number): ValidationRule =>
  (context) => {
    let aliases = 0;
    return {
      Field(node) {
        if (!node.alias) return;
        aliases += 1;
        if (aliases === maxAliases + 1) context.reportError(new GraphQLError(`The operation uses more than ${maxAliases} aliases`, { nodes: [node] }));
      },
    };
  };
