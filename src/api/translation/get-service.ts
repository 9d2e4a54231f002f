import type { Core } from '@strapi/strapi';
import type records from './services/records';
import type start from './services/start';
import type status from './services/status';

type Services = {
  records: ReturnType<typeof records>;
  start: ReturnType<typeof start>;
  status: ReturnType<typeof status>;
};

export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] =>
  strapi.service(`api::translation.${name}`) as unknown as Services[Name];
