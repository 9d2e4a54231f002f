import type { Core, UID } from '@strapi/strapi';

export type DocumentData = Record<string, unknown>;

export interface RuleContext {
  strapi: Core.Strapi;
  uid: UID.ContentType;
  action: 'create' | 'update' | 'publish';
  /** The document being written; absent on create. */
  documentId?: string;
  locale?: string;
}

/** Server-side rules of one content type, beyond what its schema.json can say. */
export interface ContentRules {
  /** Fills fields derived from others before anything is checked or written (mutates `data`). */
  derive?(data: DocumentData): void;
  /** Checks the document as it will be stored (stored version merged with the incoming change). */
  validate?(document: DocumentData, context: RuleContext): Promise<void> | void;
  /** Extra conditions a document must meet to be published. */
  assertPublishable?(document: DocumentData): void;
  /** Relations that must be set before publication (types without Draft & Publish: on every write). */
  requiredRelations?: string[];
  /** What to load of the stored version so `validate` sees a complete document on partial updates. */
  populate?: Record<string, unknown>;
}
