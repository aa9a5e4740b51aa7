import { Module } from '@nestjs/common';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { AuthService } from '@gremium/council';
import { QUEUE_NAMES } from '@gremium/platform';
import { AuthModule } from '../auth/auth.module';
import { coordinationGate } from './coordination-gate';

/**
 * Queue inspection for the coordination office at /api/queues (bull-board): jobs waiting, delayed, failed.
 * Redis only carries ids; what a job is about is in the command, timer or notification row it names.
 */
@Module({
  imports: [
    BullBoardModule.forRootAsync({
      imports: [AuthModule],
      inject: [AuthService],
      useFactory: (auth: AuthService) => ({
        route: '/queues',
        adapter: ExpressAdapter,
        middleware: coordinationGate(auth),
        boardOptions: { uiConfig: { boardTitle: 'Gremium: Warteschlangen' } },
      }),
    }),
    BullBoardModule.forFeature(...QUEUE_NAMES.map((name) => ({ name, adapter: BullMQAdapter }))),
  ],
})
export class QueueBoardModule {}
