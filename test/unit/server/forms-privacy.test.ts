import { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundledForms } from '../../../src/forms/definitions/index.ts';
import { formsRoutes } from '../../../src/server/http/forms-routes.ts';
import { listen, type Listening } from '../../support/server.ts';
import { wohnsitzAnswers } from '../../support/authored-answers.ts';

const logged: unknown[] = [];
let server: Listening;

beforeAll(async () => {
  const routes = formsRoutes({
    // A bug deep in message formatting that quotes the answer it was working on.
    messages: {
      messageFor: () => {
        throw new TypeError('cannot format "Haddad, Amira"');
      },
    },
    logError: (error) => logged.push(error),
  });
  server = await listen(new Hono().route('/api/v1/forms', routes));
});

afterAll(() => server.close());

it('logs a failing check without the answers that were sent', async () => {
  const form = bundledForms.find((candidate) => candidate.id === 'lotse-wohnsitz-anmeldung')!;
  const answers = wohnsitzAnswers('2026-01-15');
  answers.G_lotse_neue_wohnung = [{ F00000054: '00000' }];
  const response = await fetch(`${server.url}/api/v1/forms/${form.id}/check`, {
    method: 'POST',
    body: JSON.stringify({ version: form.version, answers }),
  });
  expect(response.status).toBe(500);
  expect(await response.json()).toMatchObject({ error: { code: 'internal' } });
  expect(logged).toHaveLength(1);
  const error = logged[0] as Error;
  expect(error.message).toContain('lotse-wohnsitz-anmeldung');
  expect(error.message).toContain('TypeError');
  expect(`${error.message}\n${error.stack}`).not.toMatch(/Haddad|Amira/);
  expect(error.stack).toMatch(/\n\s+at /);
});
