import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { User, UsersService } from '@gremium/council';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { findOr404, listEntities } from '../common/crud';
import { rules, type ListSpec, type RawListQuery } from '../common/list-query';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { CreateUserDto, UpdateUserDto } from './user.dto';

const LIST: ListSpec = {
  resource: 'users',
  sortable: ['email', 'createdAt', 'id'],
  defaultSort: ['email', 'ASC'],
  filters: { id: rules.uuid('id'), personId: rules.uuid('personId') },
  search: ['email'],
};

function present(user: User) {
  return {
    id: user.id,
    email: user.email,
    personId: user.personId,
    roles: user.roles,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}

/** Accounts; only the coordination office manages them. Passwords are write-only, stored as argon2id. */
@ApiTags('users')
@Roles('coordination')
@Controller('users')
export class UsersController {
  constructor(
    private readonly em: EntityManager,
    private readonly users: UsersService,
  ) {}

  @Get()
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    return (await listEntities(this.em.fork(), User, LIST, raw, response)).map(present);
  }

  @Get(':id')
  async get(@Param('id', UuidParamPipe) id: string) {
    return present(await findOr404(this.em.fork(), User, id, 'user'));
  }

  @Post()
  async create(@Body() body: CreateUserDto, @CurrentUser() me: User) {
    return present(await this.users.create(body, { userId: me.id }));
  }

  @Put(':id')
  async update(@Param('id', UuidParamPipe) id: string, @Body() body: UpdateUserDto, @CurrentUser() me: User) {
    return present(await this.users.update(id, body, { userId: me.id }));
  }

  @Delete(':id')
  @HttpCode(200)
  async remove(@Param('id', UuidParamPipe) id: string, @CurrentUser() me: User) {
    return present(await this.users.remove(id, { userId: me.id }));
  }
}
