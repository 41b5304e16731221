import type { LadderAssessment } from './ladder.api.ts';
import type { LadderRow } from './ladder.repo.ts';

export function toLadderAssessment(r: LadderRow): LadderAssessment {
  return {
    id: r.id,
    rung: r.rung,
    growthPotential: r.growthPotential,
    assessedOn: r.assessedOn,
    assessor: { id: r.assessorId, name: r.assessorName },
    notes: r.notes,
    createdAt: r.createdAt.toISOString(),
  };
}
