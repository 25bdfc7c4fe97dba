import type { Cadre, Campaign } from '../../domain/campaign';
import type { Visit } from '../../domain/visits';

/** The unit id a visit row belongs to (the first part of its key). */
export function unitIdOfVisit(visit: Pick<Visit, 'key'>): string {
  return visit.key.slice(0, visit.key.indexOf('|'));
}

/** The cadre standing for the visit's unit, as `Cán bộ` says now. */
export function cadreOfVisit(campaign: Pick<Campaign, 'units' | 'cadres'>, visit: Pick<Visit, 'key'>): Cadre | undefined {
  const unitId = unitIdOfVisit(visit);
  const unit = campaign.units.find((u) => u.id === unitId);
  return unit ? campaign.cadres.find((c) => c.id === unit.cadre) : undefined;
}
