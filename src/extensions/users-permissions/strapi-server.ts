import { withAccountRules } from '../../accounts/users-permissions-auth';

type Plugin = { controllers: Record<string, unknown> };

export default (plugin: Plugin) => {
  plugin.controllers.auth = withAccountRules(plugin.controllers.auth as Parameters<typeof withAccountRules>[0]);
  return plugin;
};
