// The Ingress's security headers come from ops/nginx/security-headers.conf, the one definition the SPA's
// nginx and the vite preview server use too: this writes each overlay's ConfigMap euportal-security-headers
// (ingress-nginx's custom-headers) from it, with ${KEYCLOAK_ORIGIN} set to that overlay's Keycloak.
//   node ops/k8s/check/headers.mjs --write    regenerate ops/k8s/overlays/*/security-headers.yaml
// check.test.mjs fails when a generated file differs from what this writes now.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import YAML from 'yaml';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../../..');
export const OVERLAYS = path.join(ROOT, 'ops/k8s/overlays');
const DEFINITION = path.join(ROOT, 'ops/nginx/security-headers.conf');

/** `add_header Name "value" always;` lines, ${VARIABLES} filled in (as frontend/security-headers.ts does). */
export function parseSecurityHeaders(text, env) {
  const headers = [];
  for (const line of text.split('\n')) {
    const match = /^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;\s*$/.exec(line);
    if (!match) continue;
    const value = match[2].replace(/\$\{(\w+)\}/g, (_, name) => {
      if (!env[name]) throw new Error(`security-headers.conf needs ${name}`);
      return env[name];
    });
    headers.push([match[1], value]);
  }
  if (headers.length === 0) throw new Error('no add_header lines in ops/nginx/security-headers.conf');
  return headers;
}

/** The overlay's namespace and the Keycloak origin its SPA is given. */
export function overlaySettings(overlay) {
  const dir = path.join(OVERLAYS, overlay);
  const kustomization = YAML.parse(readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8'));
  const patches = YAML.parseAllDocuments(readFileSync(path.join(dir, 'patches.yaml'), 'utf8')).map((d) => d.toJS());
  const spa = patches.find((p) => p.kind === 'Deployment' && p.metadata.name === 'euportal-spa');
  const origin = spa?.spec.template.spec.containers[0].env.find((e) => e.name === 'KEYCLOAK_ORIGIN')?.value;
  if (!origin) throw new Error(`${overlay}/patches.yaml must set the SPA's KEYCLOAK_ORIGIN`);
  return { namespace: kustomization.namespace, keycloakOrigin: origin };
}

export function configMapText(overlay) {
  const { keycloakOrigin } = overlaySettings(overlay);
  const data = Object.fromEntries(parseSecurityHeaders(readFileSync(DEFINITION, 'utf8'), { KEYCLOAK_ORIGIN: keycloakOrigin }));
  const doc = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'euportal-security-headers' },
    data,
  };
  return '# Generated from ops/nginx/security-headers.conf by ops/k8s/check/headers.mjs --write: do not edit.\n'
    + YAML.stringify(doc, { lineWidth: 0 });
}

export function overlays() {
  return readdirSync(OVERLAYS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

if (process.argv.includes('--write')) {
  for (const overlay of overlays()) {
    const file = path.join(OVERLAYS, overlay, 'security-headers.yaml');
    writeFileSync(file, configMapText(overlay));
    console.log(`wrote ${path.relative(ROOT, file)}`);
  }
}
