import { idParams } from '../../platform/http/fields.ts';
import { route, type RouteSpec } from '../../platform/http/route.ts';
import { worklistPolicy } from './worklist.policy.ts';
import type { WorklistService } from './worklist.service.ts';
import {
  Task,
  TaskBulkCompleteInput,
  TaskBulkResult,
  TaskCancelInput,
  TaskCompleteInput,
  TaskInput,
  TaskList,
  TaskListQuery,
} from './worklist.api.ts';

export function worklistRoutes(worklist: WorklistService): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/tasks',
      operationId: 'listTasks',
      summary: 'Mijn werkvoorraad: mijn taken en die van mijn teams, eerst wat het eerst klaar moet zijn',
      tag: 'Werkvoorraad',
      access: worklistPolicy.list,
      query: TaskListQuery,
      response: TaskList,
      errors: [400, 401, 403],
      handler: ({ actor, query, trail }) => worklist.list(actor, query, trail),
    }),
    route({
      method: 'POST',
      url: '/api/v1/tasks',
      operationId: 'createTask',
      summary: 'Taak aanmaken over een cliënt of vacature, voor mijzelf, een collega of een team',
      tag: 'Werkvoorraad',
      access: worklistPolicy.create,
      body: TaskInput,
      status: 201,
      response: Task,
      errors: [400, 401, 403],
      handler: ({ actor, body, trail }) => worklist.create(actor, body, trail),
    }),
    route({
      method: 'POST',
      url: '/api/v1/tasks/complete',
      operationId: 'completeTasks',
      summary: 'Meerdere taken tegelijk afronden: alle of geen',
      tag: 'Werkvoorraad',
      access: worklistPolicy.handle,
      body: TaskBulkCompleteInput,
      response: TaskBulkResult,
      errors: [400, 401, 403, 409],
      handler: ({ actor, body, trail }) => worklist.completeMany(actor, body, trail),
    }),
    route({
      method: 'POST',
      url: '/api/v1/tasks/:id/complete',
      operationId: 'completeTask',
      summary: 'Taak afronden',
      tag: 'Werkvoorraad',
      access: worklistPolicy.handle,
      params: idParams,
      body: TaskCompleteInput,
      response: Task,
      errors: [400, 401, 403, 404, 409],
      handler: ({ actor, params, body, trail }) => worklist.complete(actor, params.id, body, trail),
    }),
    route({
      method: 'POST',
      url: '/api/v1/tasks/:id/cancel',
      operationId: 'cancelTask',
      summary: 'Taak annuleren, met reden',
      tag: 'Werkvoorraad',
      access: worklistPolicy.handle,
      params: idParams,
      body: TaskCancelInput,
      response: Task,
      errors: [400, 401, 403, 404, 409],
      handler: ({ actor, params, body, trail }) => worklist.cancel(actor, params.id, body, trail),
    }),
  ];
}
