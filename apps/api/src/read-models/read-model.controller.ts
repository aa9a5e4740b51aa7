import { Controller, Get, Inject, Param, Query, Res, type Type } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import type { AnyProcessDefinition, ReadModel } from '@gremium/workflow';
import { findOr404, listEntities } from '../common/crud';
import { rules, type ListSpec, type RawListQuery } from '../common/list-query';
import { UuidParamPipe } from '../common/uuid-param.pipe';

type Served = ReadModel & { resource: string };

/** `GET /api/<resource>` and `GET /api/<resource>/:id`, read-only, for one read model a process declares. */
function readModelController(model: Served): Type {
  const spec: ListSpec = {
    resource: model.resource,
    sortable: [...(model.sortable ?? []), 'id'],
    defaultSort: model.defaultSort ?? ['id', 'ASC'],
    filters: Object.fromEntries(
      ['id', ...(model.idFilters ?? [])].map((field) => [field, rules.uuid(field)]),
    ),
  };

  @ApiTags(model.resource)
  @Controller(model.resource)
  class ReadModelController {
    constructor(@Inject(EntityManager) private readonly em: EntityManager) {}

    @Get()
    list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
      return listEntities(this.em.fork(), model.entity, spec, raw, response);
    }

    @Get(':id')
    get(@Param('id', UuidParamPipe) id: string) {
      return findOr404(this.em.fork(), model.entity, id, model.resource);
    }
  }
  return ReadModelController;
}

/** The read models the definitions serve as resources: a process brings its list without a controller. */
export function readModelControllers(definitions: readonly AnyProcessDefinition[]): Type[] {
  return definitions
    .flatMap((definition) => definition.readModels ?? [])
    .flatMap((model) =>
      model.resource ? [readModelController({ ...model, resource: model.resource })] : [],
    );
}
