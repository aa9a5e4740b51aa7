import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import { SEARCH_MAX_LENGTH, SEARCH_MIN_LENGTH, searchCouncil } from '@gremium/council';
import { errorBody } from '../common/error-body';

/** The app bar's search: people, organizations, groups, recommendations, meetings and their processes. */
const LENGTHS = { min: SEARCH_MIN_LENGTH, max: SEARCH_MAX_LENGTH };

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  @ApiQuery({ name: 'q', description: `${SEARCH_MIN_LENGTH} to ${SEARCH_MAX_LENGTH} characters` })
  search(@Query('q') q: unknown) {
    const query = typeof q === 'string' ? q.trim() : '';
    if (query.length < SEARCH_MIN_LENGTH || query.length > SEARCH_MAX_LENGTH) {
      const message = `must have ${SEARCH_MIN_LENGTH} to ${SEARCH_MAX_LENGTH} characters`;
      throw new BadRequestException(
        errorBody(
          400,
          `q ${message}`,
          [{ field: 'q', message, key: 'search.length', params: LENGTHS }],
          'search.length',
          LENGTHS,
        ),
      );
    }
    return searchCouncil(this.em.fork(), query);
  }
}
