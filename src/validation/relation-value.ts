/**
 * Relation values arrive in several shapes (documentId, { documentId }, arrays, connect/set objects).
 * These helpers answer the two questions validation asks of them.
 */
type RelationRef = string | number | { documentId?: string; id?: number };
type RelationInput = RelationRef | RelationRef[] | { connect?: RelationRef[]; set?: RelationRef[]; disconnect?: RelationRef[] } | null | undefined;

const refDocumentId = (ref: RelationRef): string | undefined =>
  typeof ref === 'object' ? ref.documentId : typeof ref === 'string' ? ref : undefined;

const refsOf = (value: RelationInput): RelationRef[] => {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && ('connect' in value || 'set' in value || 'disconnect' in value)) {
    return [...(value.set ?? []), ...(value.connect ?? [])];
  }
  return [value as RelationRef];
};

/** Whether the value links at least one document (a stored populated relation counts too). */
export const linksSomething = (value: unknown): boolean => refsOf(value as RelationInput).length > 0;

export const linkedDocumentIds = (value: unknown): string[] =>
  refsOf(value as RelationInput)
    .map(refDocumentId)
    .filter((id): id is string => Boolean(id));
