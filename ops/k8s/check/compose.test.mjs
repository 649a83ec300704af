// docker-compose.yml is the demo stack (issue 13): it must not reach beyond the machine it runs on,
// and its secrets come from the environment / the env file .env (ops/compose.env.example; the committed
// values are demo defaults only).
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

test('every ${VAR} of docker-compose.yml is listed in ops/compose.env.example, and .env is git-ignored', () => {
  const text = readFileSync(new URL('../../../docker-compose.yml', import.meta.url), 'utf8')
    .split('\n').filter((line) => !line.trimStart().startsWith('#')).join('\n');
  const used = new Set([...text.matchAll(/\$\{([A-Z_][A-Z0-9_]*)/g)].map((m) => m[1]));
  const example = readFileSync(new URL('../../compose.env.example', import.meta.url), 'utf8');
  const listed = new Set([...example.matchAll(/^([A-Z_][A-Z0-9_]*)=/gm)].map((m) => m[1]));
  assert.ok(used.size >= 4, `the secrets are substituted (${[...used]})`);
  for (const name of used) assert.ok(listed.has(name), `${name} is missing from ops/compose.env.example`);
  const ignore = readFileSync(new URL('../../../.gitignore', import.meta.url), 'utf8');
  assert.match(ignore, /^\/?\.env$/m, '.env (the real secrets) is git-ignored');
});

test('the demo realm takes the integration secret from the environment that compose passes on', () => {
  const realm = JSON.parse(readFileSync(new URL('../../keycloak/euportal-realm.json', import.meta.url), 'utf8'));
  const client = realm.clients.find((c) => c.clientId === 'euportal-integration');
  assert.match(client.secret, /^\$\{EUPORTAL_INTEGRATION_SECRET:[^}]+\}$/);
  const kc = compose.services.keycloak.environment;
  assert.match(String(kc.EUPORTAL_INTEGRATION_SECRET), /^\$\{EUPORTAL_INTEGRATION_SECRET:-[^}]+\}$/);
});
