import type { Core } from '@strapi/strapi';

/** Bounds on one Content API read; defaults and env variables in config/cchc.ts. */
export interface QueryLimits {
  maxQueryStringLength: number;
  maxQueryParameters: number;
  maxPopulateDepth: number;
  maxPopulateCount: number;
  maxFilterDepth: number;
  maxFilterConditions: number;
  maxLogicalOperands: number;
  maxInValues: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxQueryStringLength: 8192,
  maxQueryParameters: 300,
  maxPopulateDepth: 5,
  maxPopulateCount: 40,
  maxFilterDepth: 12,
  maxFilterConditions: 100,
  maxLogicalOperands: 20,
  maxInValues: 100,
};

export const queryLimits = (strapi: Core.Strapi): QueryLimits => ({
  ...DEFAULT_QUERY_LIMITS,
  ...(strapi.config.get('cchc.queryLimits', {}) as Partial<QueryLimits>),
});
