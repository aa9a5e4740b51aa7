import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { councilEnums } from '@gremium/council';

/** The values of the council's enumerations, so clients offer exactly what the API accepts. */
@ApiTags('vocabulary')
@Controller('vocabulary')
export class VocabularyController {
  @Get()
  get() {
    return councilEnums;
  }
}
