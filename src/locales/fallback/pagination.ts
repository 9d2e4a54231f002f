import type { Core } from '@strapi/strapi';

type PaginationParams = { page?: unknown; pageSize?: unknown; start?: unknown; limit?: unknown };

export interface PageWindow {
  start: number;
  limit: number;
  /** Answer in the page/pageSize shape (REST default) or the start/limit shape the client used. */
  paged: boolean;
}

const toInt = (value: unknown, fallback: number) => {
  const parsed = Number.parseInt(String(value ?? ''), 10);
  return Number.isFinite(parsed) ? parsed : fallback;
};

/** Strapi's REST pagination rules (defaultLimit, maxLimit from config/api) for a list we page ourselves. */
export function pageWindow(strapi: Core.Strapi, pagination: PaginationParams = {}): PageWindow {
  const defaultLimit = strapi.config.get('api.rest.defaultLimit', 25) as number;
  const maxLimit = strapi.config.get('api.rest.maxLimit', 100) as number;
  const cap = (size: number) => Math.min(Math.max(size, 1), maxLimit);

  if (pagination.start !== undefined || pagination.limit !== undefined) {
    return { start: Math.max(toInt(pagination.start, 0), 0), limit: cap(toInt(pagination.limit, defaultLimit)), paged: false };
  }
  const pageSize = cap(toInt(pagination.pageSize, defaultLimit));
  const page = Math.max(toInt(pagination.page, 1), 1);
  return { start: (page - 1) * pageSize, limit: pageSize, paged: true };
}

export const paginationMeta = ({ start, limit, paged }: PageWindow, total: number) =>
  paged
    ? { page: Math.floor(start / limit) + 1, pageSize: limit, pageCount: Math.ceil(total / limit), total }
    : { start, limit, total };
