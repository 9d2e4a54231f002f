import type { Core } from '@strapi/strapi';
import type challenge from './services/challenge';
import type moderation from './services/moderation';
import type submission from './services/submission';
import type thread from './services/thread';

type Services = {
  challenge: ReturnType<typeof challenge>;
  moderation: ReturnType<typeof moderation>;
  submission: ReturnType<typeof submission>;
  thread: ReturnType<typeof thread>;
};

export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] =>
  strapi.service(`api::comment.${name}`) as unknown as Services[Name];
