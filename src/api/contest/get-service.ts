import type { Core } from '@strapi/strapi';
import type quiz from './services/quiz';
import type ranking from './services/ranking';
import type results from './services/results';

type Services = {
  quiz: ReturnType<typeof quiz>;
  ranking: ReturnType<typeof ranking>;
  results: ReturnType<typeof results>;
};

export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] =>
  strapi.service(`api::contest.${name}`) as unknown as Services[Name];
