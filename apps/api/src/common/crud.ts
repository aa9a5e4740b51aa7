import { NotFoundException } from '@nestjs/common';
import type { EntityManager, EntityName } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import { errorBody } from './error-body';
import { parseListQuery, sendRange, type ListSpec, type RawListQuery } from './list-query';

/** A react-admin list over one entity. */
export async function listEntities<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  spec: ListSpec,
  raw: RawListQuery,
  response: Response,
): Promise<T[]> {
  const query = parseListQuery(raw, spec);
  const [items, total] = await em.findAndCount(entity, query.where as never, {
    orderBy: query.orderBy as never,
    offset: query.offset,
    limit: query.limit,
  });
  return sendRange(response, spec.resource, items, query.offset, total);
}

export async function findOr404<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  id: string,
  what: string,
): Promise<T> {
  const found = await em.findOne(entity, { id } as never);
  if (!found) throw new NotFoundException(errorBody(404, `${what} ${id} does not exist`));
  return found;
}
