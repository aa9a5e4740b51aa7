import { Injectable, NotFoundException, type PipeTransform } from '@nestjs/common';
import { errorBody } from './error-body';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that cannot exist is an unknown id: 404, not a 500 from the database. */
@Injectable()
export class UuidParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new NotFoundException(errorBody(404, `${value} does not exist`));
    return value.toLowerCase();
  }
}
