import type { EntityType } from './schema';

/**
 * A place standing for an organisation seated there ("Bruxelles" for the EU) is named exactly as its
 * city is, on purpose: the resolver tells the two apart from the page (the organisation named, the
 * city's country not). Its names therefore never make the city's ambiguous, in the build or in its checks.
 */
export function isOrgSeat(type: EntityType, standsForType: EntityType | undefined): boolean {
  return type === 'place' && standsForType === 'organization';
}
