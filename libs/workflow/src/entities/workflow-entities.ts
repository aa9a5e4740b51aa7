import { AuditEvent } from './audit-event.entity';
import { ClockSetting } from './clock-setting.entity';
import { Command } from './command.entity';
import { Notification, NotificationRead } from './notification.entity';
import { OutboxMessage } from './outbox-message.entity';
import { ProcessInstance } from './process-instance.entity';
import { Task } from './task.entity';
import { Timer } from './timer.entity';

export {
  AuditEvent,
  ClockSetting,
  Command,
  Notification,
  NotificationRead,
  OutboxMessage,
  ProcessInstance,
  Task,
  Timer,
};
export type { CommandStatus, CommandSource } from './command.entity';
export { queuedCommand } from './command.entity';
export type { ProcessStatus } from './process-instance.entity';
export type { Awaiting } from './task.entity';

export const workflowEntities = [
  ProcessInstance,
  Command,
  AuditEvent,
  Timer,
  Task,
  OutboxMessage,
  Notification,
  NotificationRead,
  ClockSetting,
];
