// make test-ops (ops/test-ops.sh): renders every overlay with `kubectl kustomize` and checks what a cluster
// would get: the Kubernetes JSON schemas (kubernetes-models, ajv), and the project's rules: a backend of at
// least two replicas with startup/readiness/liveness probes, requests and limits and a heap bounded inside
// its memory limit, a PDB and an HPA that fit it, no secret value in plain text, the Ingress with the
// security headers of ops/nginx/security-headers.conf, /api routed and /q (metrics, health) never.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import YAML from 'yaml';
import { OVERLAYS, configMapText, overlaySettings, overlays } from './headers.mjs';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const KUBECTL = process.env.KUBECTL || 'kubectl';
const MIN_REPLICAS = { test: 2, production: 3 };

function render(overlay) {
  const out = execFileSync(KUBECTL, ['kustomize', path.join(OVERLAYS, overlay)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return YAML.parseAllDocuments(out).map((d) => d.toJS()).filter(Boolean);
}

/** The kubernetes-models class of an object (group/version/kind), whose validate() applies the schema. */
function modelOf(obj) {
  const [group, version] = obj.apiVersion.includes('/') ? obj.apiVersion.split('/') : [null, obj.apiVersion];
  const module = group ? `kubernetes-models/${group}/${version}/${obj.kind}` : `kubernetes-models/${version}/${obj.kind}`;
  return require(module)[obj.kind];
}

function bytes(quantity) {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|k|M|G|m|g)?$/.exec(String(quantity));
  assert.ok(m, `a size: ${quantity}`);
  const unit = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, k: 1e3, K: 2 ** 10, M: 1e6, G: 1e9, m: 2 ** 20, g: 2 ** 30 }[m[2]] ?? 1;
  return Number(m[1]) * unit;
}

const SECRET_NAME = /PASSWORD|SECRET|TOKEN|CREDENTIAL|PRIVATE|API_?KEY/i;

for (const overlay of overlays()) {
  const objects = render(overlay);
  const find = (kind, name) => objects.find((o) => o.kind === kind && o.metadata.name === name);
  const { namespace, keycloakOrigin } = overlaySettings(overlay);

  test(`${overlay}: renders the expected kinds, all in namespace ${namespace}`, () => {
    const kinds = objects.map((o) => `${o.kind}/${o.metadata.name.replace(/-[a-z0-9]{10}$/, '')}`).sort();
    assert.deepEqual(kinds, [
      'ConfigMap/euportal-backend-config', 'ConfigMap/euportal-security-headers',
      'Deployment/euportal-backend', 'Deployment/euportal-spa',
      'HorizontalPodAutoscaler/euportal-backend', 'Ingress/euportal', 'NetworkPolicy/euportal-backend',
      'PodDisruptionBudget/euportal-backend', 'PodDisruptionBudget/euportal-spa',
      'Service/euportal-backend', 'Service/euportal-spa',
    ]);
    for (const o of objects) assert.equal(o.metadata.namespace, namespace, `${o.kind}/${o.metadata.name}`);
  });

  test(`${overlay}: every object is valid against the Kubernetes JSON schema`, () => {
    for (const o of objects) {
      const Model = modelOf(o);
      assert.ok(Model, `a schema for ${o.apiVersion} ${o.kind}`);
      assert.doesNotThrow(() => new Model(o).validate(), `${o.kind}/${o.metadata.name}`);
    }
  });

  test(`${overlay}: the schema check catches a broken object`, () => {
    const broken = structuredClone(find('Deployment', 'euportal-backend'));
    broken.spec.template.spec.containers[0].ports[0].containerPort = 'http';
    const Model = modelOf(broken);
    assert.throws(() => new Model(broken).validate(), /containerPort/);
  });

  test(`${overlay}: the backend runs ${MIN_REPLICAS[overlay] ?? 2}+ replicas with probes, resources and a bounded heap`, () => {
    const backend = find('Deployment', 'euportal-backend');
    assert.ok(backend.spec.replicas >= (MIN_REPLICAS[overlay] ?? 2), `replicas ${backend.spec.replicas}`);
    assert.equal(backend.spec.strategy.rollingUpdate.maxUnavailable, 0);
    for (const deployment of objects.filter((o) => o.kind === 'Deployment')) {
      const pod = deployment.spec.template;
      for (const [key, value] of Object.entries(deployment.spec.selector.matchLabels)) {
        assert.equal(pod.metadata.labels[key], value, `${deployment.metadata.name} selects its pods`);
      }
      for (const c of pod.spec.containers) {
        for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
          // clamd speaks no HTTP: its probes open its port or ask it (clamdcheck.sh).
          const ok = c.name === 'clamd' ? c[probe]?.tcpSocket || c[probe]?.exec : c[probe]?.httpGet;
          assert.ok(ok, `${deployment.metadata.name}/${c.name} ${probe}`);
        }
        for (const kind of ['requests', 'limits']) {
          assert.ok(c.resources?.[kind]?.cpu && c.resources?.[kind]?.memory, `${c.name} ${kind}`);
        }
        assert.ok(bytes(c.resources.requests.memory) <= bytes(c.resources.limits.memory), `${c.name} request <= limit`);
        assert.match(c.image, /^registry\.example\.se\/euportal\/[a-z]+:[\w.-]+$/, 'overlays pin the image');
        assert.doesNotMatch(c.image, /:latest$/);
      }
    }
    const c = backend.spec.template.spec.containers[0];
    assert.equal(c.startupProbe.httpGet.path, '/q/health/started');
    assert.equal(c.readinessProbe.httpGet.path, '/q/health/ready');
    assert.equal(c.livenessProbe.httpGet.path, '/q/health/live');
    const javaOpts = c.env.find((e) => e.name === 'JAVA_OPTS').value;
    const xmx = /-Xmx(\d+[mMgG])/.exec(javaOpts);
    assert.ok(xmx, 'JAVA_OPTS bounds the heap');
    assert.ok(bytes(xmx[1]) <= 0.6 * bytes(c.resources.limits.memory), `heap ${xmx[1]} leaves room in ${c.resources.limits.memory}`);
    assert.deepEqual(c.ports.map((p) => [p.name, p.containerPort]), [['http', 8080], ['management', 9080]]);
    const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('euportal-backend-config'));
    assert.equal(c.envFrom[0].configMapRef.name, config.metadata.name, 'the generated ConfigMap is referenced by its hashed name');
    assert.equal(config.data.MANAGEMENT_PORT, '9080');
    assert.equal(config.data.DEMO_DATA, 'false');
    assert.equal(config.data.OTEL_SDK_DISABLED, 'true', 'tracing is off until an operator turns it on');
  });

  test(`${overlay}: every upload is scanned by the clamd beside the backend, reachable by the backend only`, () => {
    const pod = find('Deployment', 'euportal-backend').spec.template.spec;
    const clamd = pod.containers.find((c) => c.name === 'clamd');
    assert.ok(clamd, 'a clamd sidecar');
    assert.deepEqual(clamd.ports.map((p) => p.containerPort), [3310]);
    const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('euportal-backend-config'));
    assert.equal(config.data.CLAMAV_ENABLED, 'true');
    assert.equal(config.data.CLAMAV_HOST, '127.0.0.1');
    assert.equal(config.data.CLAMAV_PORT, '3310');
    const policy = find('NetworkPolicy', 'euportal-backend');
    assert.ok(policy.spec.ingress.every((r) => r.ports.every((p) => p.port !== 3310)), 'clamd is not open to other pods');
  });

  test(`${overlay}: PDB and HPA fit the backend`, () => {
    const backend = find('Deployment', 'euportal-backend');
    const pdb = find('PodDisruptionBudget', 'euportal-backend');
    const hpa = find('HorizontalPodAutoscaler', 'euportal-backend');
    assert.deepEqual(pdb.spec.selector.matchLabels, backend.spec.selector.matchLabels);
    assert.ok(pdb.spec.minAvailable >= 1 && pdb.spec.minAvailable < backend.spec.replicas, 'a node can be drained');
    assert.equal(hpa.spec.scaleTargetRef.kind, 'Deployment');
    assert.equal(hpa.spec.scaleTargetRef.name, 'euportal-backend');
    assert.equal(hpa.spec.minReplicas, backend.spec.replicas);
    assert.ok(hpa.spec.maxReplicas > hpa.spec.minReplicas);
    assert.ok(hpa.spec.metrics.some((m) => m.resource?.name === 'cpu'));
  });

  test(`${overlay}: no secret value in plain text`, () => {
    for (const o of objects) {
      if (o.kind === 'Secret') {
        assert.ok(!o.data && !o.stringData, `Secret/${o.metadata.name} carries values`);
      }
      if (o.kind === 'ConfigMap') {
        for (const key of Object.keys(o.data ?? {})) assert.doesNotMatch(key, SECRET_NAME, `ConfigMap/${o.metadata.name} ${key}`);
      }
      for (const c of o.spec?.template?.spec?.containers ?? []) {
        for (const e of c.env ?? []) {
          if (SECRET_NAME.test(e.name)) {
            assert.ok(e.valueFrom?.secretKeyRef && e.value === undefined, `${c.name} ${e.name} comes from a Secret`);
          }
        }
      }
    }
    const text = JSON.stringify(objects);
    assert.doesNotMatch(text, /demo-integration-secret|"postgres"/, 'no demo secret');
  });

  test(`${overlay}: the Ingress routes /api and / only, with the security headers of ops/nginx`, () => {
    const ingress = find('Ingress', 'euportal');
    const paths = ingress.spec.rules.flatMap((r) => r.http.paths.map((p) => [p.path, p.backend.service.name, p.backend.service.port.name]));
    assert.deepEqual(paths, [['/api', 'euportal-backend', 'http'], ['/', 'euportal-spa', 'http']]);
    assert.ok(ingress.spec.tls?.length, 'TLS');
    assert.equal(ingress.metadata.annotations['nginx.ingress.kubernetes.io/custom-headers'], `${namespace}/euportal-security-headers`);
    const headers = find('ConfigMap', 'euportal-security-headers');
    assert.equal(readFileSync(path.join(OVERLAYS, overlay, 'security-headers.yaml'), 'utf8'), configMapText(overlay),
      'security-headers.yaml is as generated from ops/nginx/security-headers.conf (node ops/k8s/check/headers.mjs --write)');
    assert.deepEqual(Object.keys(headers.data).sort(), ['Content-Security-Policy', 'Referrer-Policy', 'X-Content-Type-Options', 'X-Frame-Options']);
    assert.match(headers.data['Content-Security-Policy'], new RegExp(`connect-src 'self' ${keycloakOrigin.replace(/\./g, '\\.')};`));
    const spa = find('Deployment', 'euportal-spa').spec.template.spec.containers[0];
    assert.equal(spa.env.find((e) => e.name === 'KEYCLOAK_ORIGIN').value, keycloakOrigin);
    const oidc = objects.find((o) => o.metadata.name.startsWith('euportal-backend-config')).data.OIDC_URL;
    assert.ok(oidc.startsWith(`${keycloakOrigin}/`), 'the SPA and the backend use the same Keycloak');
  });

  test(`${overlay}: metrics are reachable from the monitoring namespace only`, () => {
    const policy = find('NetworkPolicy', 'euportal-backend');
    const management = policy.spec.ingress.find((r) => r.ports.some((p) => p.port === 9080));
    assert.deepEqual(management.from, [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }]);
    const open = policy.spec.ingress.find((r) => !r.from);
    assert.deepEqual(open.ports.map((p) => p.port), [8080]);
  });
}
