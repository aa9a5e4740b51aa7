import type { Refusal } from './refusal';
import { WorkflowError } from './workflow.error';

export class RefusalError extends WorkflowError {
  constructor(readonly refusal: Refusal) {
    super(refusal.code, refusal.reason, refusal.details, refusal.key, refusal.params);
  }
}
