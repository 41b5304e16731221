/**
 * One entry of the register of processing activities (verwerkingsregister, GDPR art. 30) that
 * processing-log lines refer to through dpl.core.processing_activity_id. Each module declares its own
 * (`<name>.activities.ts`); `src/app/modules.ts` joins them into the installation's register.
 */
export interface ProcessingActivity {
  readonly id: string;
  readonly name: string;
}
