import { AppError } from '../../kernel/errors.ts';
import { todayInAmsterdam } from '../../kernel/dates.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import { listOrganisations } from '../placements/index.ts';
import type { ResultFigures, Results } from './results.api.ts';
import * as repo from './results.repo.ts';
import { defaultPeriod, median } from './results.rules.ts';

interface Raw {
  vacancies: repo.VacancyFigures;
  placements: repo.PlacementFigures;
}

/** Results of the one-stop shop: aggregates only, per organisation or for the labour-market region. */
export class ResultsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly useCase: UseCase,
  ) {}

  async report(actor: Actor, query: { from?: string; to?: string; level: 'organisation' | 'region' }, trail: Trail): Promise<Results> {
    const today = todayInAmsterdam();
    const period = defaultPeriod(today);
    const from = query.from ?? period.from;
    const to = query.to ?? period.to;
    return this.useCase(actor, trail, { action: `results.${query.level}`, objectType: 'results', objectId: null }, async (tx) => {
      if (from > to) throw AppError.invalid([{ name: 'to', code: 'before_from', reason: 'De einddatum ligt vóór de begindatum.' }]);
      const region = actor.organisationRegion ?? null;
      let organisations: { id: string; name: string }[];
      if (query.level === 'region') {
        if (!region) {
          throw AppError.invalid([
            { name: 'level', code: 'no_region', reason: 'Uw organisatie hoort (nog) niet bij een arbeidsmarktregio.' },
          ]);
        }
        organisations = await listOrganisations(tx, region);
      } else {
        organisations = [{ id: actor.organisationId, name: actor.organisationName }];
      }
      // Each organisation's figures come from database functions that allow only the own organisation or one
      // in the caller's region, and leave only as totals.
      const raw = new Map<string, Raw>();
      for (const o of organisations) {
        raw.set(o.id, {
          vacancies: await repo.vacancyFigures(tx, o.id, from, to),
          placements: await repo.placementFigures(tx, o.id, from, to, today),
        });
      }
      const all = [...raw.values()];
      return {
        level: query.level,
        from,
        to,
        regionCode: region,
        organisations: organisations.map((o) => ({ organisationId: o.id, organisationName: o.name, figures: figures([raw.get(o.id)!]) })),
        total: figures(all),
      };
    });
  }
}

function figures(parts: Raw[]): ResultFigures {
  const sum = (k: keyof repo.PlacementFigures) => parts.reduce((n, p) => n + p.placements[k], 0);
  const days = parts.flatMap((p) => p.vacancies.daysToFill);
  return {
    vacanciesOpened: parts.reduce((n, p) => n + p.vacancies.opened, 0),
    vacanciesFilled: days.length,
    medianDaysToFill: median(days),
    proposals: sum('proposals'),
    placements: sum('placements'),
    after6Months: { due: sum('due6'), checked: sum('checked6'), stillWorking: sum('working6') },
    after12Months: { due: sum('due12'), checked: sum('checked12'), stillWorking: sum('working12') },
  };
}
