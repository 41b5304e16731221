import { route, type RouteSpec } from '../../platform/http/route.ts';
import { reportsPolicy } from './reports.policy.ts';
import { XLSX_CONTENT_TYPE } from '../../platform/documents/xlsx.ts';
import type { ReportsService } from './reports.service.ts';
import { TrajectoryReport, TrajectoryReportExportQuery, TrajectoryReportQuery } from './reports.api.ts';

export function reportRoutes(reports: ReportsService): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/reports/trajectories',
      operationId: 'getTrajectoryReport',
      summary:
        'Trajectresultaten per PRB-programma, instrument of aanbieder: gestart, lopend, afgesloten, met werk, uitgevallen, besteding',
      tag: 'Rapportages',
      access: reportsPolicy.read,
      query: TrajectoryReportQuery,
      response: TrajectoryReport,
      errors: [400, 401, 403],
      handler: ({ actor, query, trail }) => reports.report(actor, query, trail),
    }),
    route({
      method: 'GET',
      url: '/api/v1/reports/trajectories/export',
      operationId: 'exportTrajectoryReport',
      summary: 'Trajectresultaten exporteren als CSV (UTF-8, puntkomma) of Excel',
      tag: 'Rapportages',
      access: reportsPolicy.read,
      query: TrajectoryReportExportQuery,
      response: null,
      produces: ['text/csv', XLSX_CONTENT_TYPE],
      errors: [400, 401, 403],
      handler: ({ actor, query, trail }) => reports.export(actor, query, trail),
    }),
  ];
}
