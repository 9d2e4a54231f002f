import type { Core } from '@strapi/strapi';

interface Mail {
  to?: string;
  from?: string;
  replyTo?: string;
  subject?: string;
  text?: string;
}

declare const strapi: Core.Strapi;

/**
 * E-mail provider used when no SMTP server is configured (`SMTP_HOST` unset): outside production it
 * writes each mail to the log so password-reset and confirmation links can be followed locally; in
 * production it logs only that a mail could not be sent (links are secrets).
 */
const emailLog = {
  init(_providerOptions: unknown, settings: { defaultFrom?: string }) {
    const production = process.env.NODE_ENV === 'production';
    return {
      async send(mail: Mail) {
        if (production) {
          strapi.log.warn(`email: no SMTP_HOST configured; mail "${mail.subject ?? ''}" not sent`);
          return;
        }
        strapi.log.info(
          `email (not sent, logged): from ${mail.from ?? settings.defaultFrom ?? ''} to ${mail.to ?? ''}\nsubject: ${mail.subject ?? ''}\n${mail.text ?? ''}`
        );
      },
    };
  },
};

// The email plugin require()s its provider and calls `init` on the module itself.
export = emailLog;
