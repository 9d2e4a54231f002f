import type { Core } from '@strapi/strapi';

interface Ability {
  can(action: string, subject?: string): boolean;
}
// The admin auth strategy puts the signed-in staff member's CASL ability on the request state.
type PolicyContext = Core.PolicyContext & { state: { userAbility?: Ability } };

const ENTRY_UID = 'api::contest-entry.contest-entry';

/** Staff may export a round's ranking when their admin role may read contest entries in the content manager. */
export default function canReadContestEntries(policyContext: PolicyContext): boolean {
  return policyContext.state.userAbility?.can('plugin::content-manager.explorer.read', ENTRY_UID) ?? false;
}
