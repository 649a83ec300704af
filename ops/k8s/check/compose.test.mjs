// docker-compose.yml is the demo stack (issue 13): it must not reach beyond the machine it runs on,
// and its passwords come from the environment (the committed values are demo defaults only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const compose = parse(readFileSync(new URL('../../../docker-compose.yml', import.meta.url), 'utf8'));
const services = Object.entries(compose.services);

test('every published port of the demo stack listens on 127.0.0.1 only', () => {
  const published = services.flatMap(([name, s]) => (s.ports ?? []).map((port) => [name, String(port)]));
  assert.ok(published.length >= 4, 'the SPA, API, Keycloak and mail ports are published');
  for (const [name, port] of published) {
    assert.match(port, /^127\.0\.0\.1:\d+:\d+$/, `${name} publishes ${port} on every interface`);
  }
});

test('passwords are taken from the environment, with demo defaults', () => {
  for (const [name, s] of services) {
    for (const [key, value] of Object.entries(s.environment ?? {})) {
      if (/PASSWORD/.test(key)) {
        assert.match(String(value), /^\$\{[A-Z_]+:-[^}]*\}$/, `${name}.${key} is a literal password`);
      }
    }
  }
});
