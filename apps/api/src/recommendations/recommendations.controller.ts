import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { raw as sqlFragment } from '@mikro-orm/core';
import { Clock, CommandIntake, ProcessQueries } from '@gremium/workflow';
import {
  actorOfUser,
  berlinDateOf,
  editPayload,
  notVoted,
  Recommendation,
  recommendationInputV3,
  RecommendationVersion,
  RECOMMENDATION_STATES,
  steeringGroupForChecks,
  type User,
} from '@gremium/council';
import { CurrentUser } from '../auth/auth.decorators';
import { findOr404, listEntities } from '../common/crud';
import { rules, type ListSpec, type RawListQuery } from '../common/list-query';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { parseBody } from '../common/zod-body';
import { answerCommand, ApiPreferMinimal } from '../common/command-answer';

/**
 * R12: recommendations carrying a tag, across all groups (compared without case: "mobbing" finds
 * "Mobbing").
 */
const tagRule = (value: unknown) =>
  typeof value === 'string' &&
  value.trim().length > 0 &&
  value.length <= 50 &&
  // A query parameter can carry what PostgreSQL refuses in text (NUL, lone surrogates).
  value.isWellFormed() &&
  !value.includes('\u0000')
    ? {
        [sqlFragment(
          (alias) =>
            `exists (select 1 from jsonb_array_elements_text(${alias}.tags) as tag where lower(tag) = lower(?))`,
          [value.trim()],
        )]: [],
      }
    : undefined;

const LIST: ListSpec = {
  resource: 'recommendations',
  sortable: ['updatedAt', 'createdAt', 'submittedAt', 'title', 'state', 'id'],
  defaultSort: ['updatedAt', 'DESC'],
  filters: {
    id: rules.uuid('id'),
    state: rules.oneOf('state', RECOMMENDATION_STATES),
    workingGroupId: rules.uuid('workingGroupId'),
    escalated: rules.boolean((escalated) => ({ escalated })),
    tag: tagRule,
  },
  search: ['title', 'text'],
};

/** Adds the `tag` query parameter to react-admin's JSON filter (an invalid filter is refused as before). */
function withTagFilter(filter: unknown, tag: unknown): string {
  let parsed: unknown = {};
  if (typeof filter === 'string') {
    try {
      parsed = JSON.parse(filter);
    } catch {
      return filter;
    }
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? JSON.stringify({ ...parsed, tag })
    : String(filter);
}

/**
 * Recommendations (P4). Creating one starts its process; PUT edits the draft through the EDIT command,
 * so it is audited and refused (409) outside draft and returned.
 */
@ApiTags('recommendations')
@Controller('recommendations')
export class RecommendationsController {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly processes: ProcessQueries,
    private readonly intake: CommandIntake,
  ) {}

  /** react-admin's list; `?tag=Mobbing` is the same as `filter={"tag":"Mobbing"}` (R12). */
  @Get()
  async list(
    @Query() query: RawListQuery & { tag?: unknown },
    @Res({ passthrough: true }) response: Response,
  ) {
    const { tag, ...list } = query;
    const withTag = tag === undefined ? list : { ...list, filter: withTagFilter(list.filter, tag) };
    const items = await listEntities(this.em.fork(), Recommendation, LIST, withTag, response);
    const steering = await this.steeringMemberIds();
    return items.map((item) => this.present(item, steering));
  }

  @Get(':id')
  async get(@Param('id', UuidParamPipe) id: string) {
    const recommendation = await findOr404(this.em.fork(), Recommendation, id, 'recommendation');
    return this.present(recommendation, await this.steeringMemberIds());
  }

  /** Every wording of the recommendation, oldest first: the text as started and after each EDIT. */
  @Get(':id/versions')
  async versions(@Param('id', UuidParamPipe) id: string) {
    const em = this.em.fork();
    await findOr404(em, Recommendation, id, 'recommendation');
    return em.find(RecommendationVersion, { recommendationId: id }, { orderBy: { number: 'asc' } });
  }

  @Post()
  @ApiPreferMinimal()
  @ApiBody({ schema: z.toJSONSchema(recommendationInputV3, { io: 'input' }) as object })
  async create(
    @Body() raw: unknown,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) response: Response,
  ) {
    const input = parseBody(recommendationInputV3, raw);
    const command = await this.intake.start({
      definitionKey: 'recommendation',
      input,
      actor: { type: 'user', userId: user.id },
      resolvedActor: actorOfUser(user),
    });
    return answerCommand(
      command,
      response,
      async ({ processId }) =>
        this.get(String((await this.processes.get(processId)).context.recommendationId)),
      201,
    );
  }

  @Put(':id')
  @ApiPreferMinimal()
  @ApiBody({ schema: z.toJSONSchema(editPayload, { io: 'input' }) as object })
  async update(
    @Param('id', UuidParamPipe) id: string,
    @Body() raw: Record<string, unknown>,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) response: Response,
  ) {
    const existing = await findOr404(this.em.fork(), Recommendation, id, 'recommendation');
    const { title, text, addressees, tags } = raw ?? {};
    const command = await this.intake.submit({
      processId: existing.processId,
      type: 'EDIT',
      payload: { title, text, addressees, tags },
      actor: { type: 'user', userId: user.id },
      resolvedActor: actorOfUser(user),
    });
    return answerCommand(command, response, () => this.get(id));
  }

  private async steeringMemberIds(): Promise<string[]> {
    const em = this.em.fork();
    await this.clock.refresh(em);
    const composition = await steeringGroupForChecks(em, berlinDateOf(this.clock.now()));
    return composition.seats.flatMap((seat) => (seat.personId ? [seat.personId] : []));
  }

  private present(recommendation: Recommendation, steeringMemberIds: string[]) {
    return {
      ...recommendation,
      notVoted:
        recommendation.state === 'inReview'
          ? [...new Set(notVoted(recommendation.votes, steeringMemberIds))]
          : [],
    };
  }
}
