import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import HEAP_FLAGS from '../../../scripts/node-heap-flags.json';

describe('the V8 heap flags', () => {
  it('are the same in the image as where npm start, the bench and the fault suite take them from', () => {
    const dockerfile = readFileSync(join(__dirname, '../../../Dockerfile'), 'utf8');
    expect(dockerfile).toContain(`ENV NODE_OPTIONS="${HEAP_FLAGS.join(' ')}"`);
  });
});
