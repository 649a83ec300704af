# EU Project Portal. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

MVNW := cd backend && ./mvnw -B
NPM_CI := npm ci --no-audit --no-fund

.PHONY: help setup run test build build-backend build-frontend test-backend test-frontend test-e2e \
        openapi start-keycloak stop-keycloak check-realm check-production-realm clean clean-all bench-budget \
        bench-partners bench-exports bench-data bench lighthouse chaos test-ops backup restore test-contract client-java

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-zA-Z0-9_-]*:.*## / {printf "  \033[1m%-16s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

setup: ## install what the machine lacks (apt, when root) and start PostgreSQL; run first by run and test
	@ops/setup.sh

run: setup ## build what is missing and run the whole stack with demo data (Ctrl-C stops it)
	@ops/run.sh

test: setup ## every test, as CI runs them (ops/test-all.sh: backend, frontend, contract, browser, ops; TEST_SERIAL=1 one after the other)
	ops/test-all.sh

build: build-backend build-frontend ## build backend jar and frontend dist

build-backend: ## package the backend (backend/target/quarkus-app)
	$(MVNW) -q package -DskipTests

build-frontend: ## npm ci + npm run build (frontend/dist)
	cd frontend && $(NPM_CI) && npm run build

test-backend test-frontend test-contract test-e2e test-ops: | setup

test-backend: ## backend unit, API and contract tests (./mvnw verify)
	$(MVNW) verify

test-frontend: ## frontend lint (ESLint with the layers, jscpd), unit tests (vitest) and a production build
	cd frontend && $(NPM_CI) && npm run lint && CI=true npm test && npm run build

test-e2e: ## browser tests against a real Keycloak, backend and fresh database
	ops/e2e.sh

test-ops: ## alert rules (promtool check/test rules) and Kubernetes manifests (kustomize, schemas, rules)
	ops/test-ops.sh

backup: ## dump the database (records, history, files) with a manifest: SHA-256 and every table's row count (BACKUP_DIR, DB_URL)
	ops/backup.sh

restore: ## load a backup into a NEW database and check its counts: make restore BACKUP=<folder> [RESTORE_DB=name]
	ops/restore.sh "$(BACKUP)" $(RESTORE_DB)

test-contract: ## lint openapi.yaml: Spectral (spectral:oas, no warnings) and Redocly (recommended, no errors)
	ops/contract/lint.sh

client-java: ## generate the Java client from openapi.yaml and compile it (clients/java/target)
	cd backend && ./mvnw -B -q -f ../clients/java/pom.xml verify

openapi: build-backend ## regenerate the top-level openapi.yaml from the backend
	cp backend/target/openapi/openapi.yaml openapi.yaml

start-keycloak: ## start the local Keycloak on :8180 in the background
	ops/keycloak.sh start

stop-keycloak: ## stop the Keycloak started by start-keycloak
	ops/keycloak.sh stop

check-realm: ## check tokens, roles, groups, audience and PKCE of the running Keycloak realm
	ops/check-realm.sh

check-production-realm: ## import the production realm template into its own Keycloak in production mode (:8183) and check it (ok/FAILED; about 1 min; not part of test)
	ops/check-production-realm.sh

bench-data: ## the scale database of make bench: SCALE=1 (20 000 applications …) or SCALE=10; kept between runs
	SCALE=$(or $(SCALE),1) ops/bench-data.sh

bench: ## benchmark: the main endpoints at 1 and 32 connections beside pgbench on their own statements (not part of test)
	SCALE=$(or $(SCALE),1) ops/bench.sh

lighthouse: ## Lighthouse (desktop) on the applications page after a real sign-in: score, LCP, TBT, CLS, JavaScript (not part of test)
	ops/lighthouse.sh

chaos: ## resilience under faults: PostgreSQL restarted under writes, Keycloak stopped, a replica killed behind HAProxy (own PostgreSQL and Keycloak; PASS/FAIL; not part of test)
	ops/chaos.sh

bench-budget: ## benchmark: the summary of a 5 000-line budget (prints the figures; not part of test)
	ops/bench-budget-summary.sh

bench-exports: ## benchmark: PDF, XLSX and audit package of a 10 000-line project, heap capped at 256 MB (prints the figures; not part of test)
	ops/bench-exports.sh

bench-partners: ## benchmark: partner-search matches on a 50 000-organisation register (prints the figures; not part of test)
	ops/bench-partner-match.sh

clean: ## remove build output, test reports and logs (keeps Keycloak and node_modules)
	-$(MVNW) -q clean
	rm -rf frontend/dist frontend/test-results frontend/e2e-artifacts frontend/playwright-report frontend/blob-report ops/.work/logs

clean-all: clean ## also remove node_modules and the local Keycloak (the zip cache stays)
	ops/keycloak.sh stop
	rm -rf frontend/node_modules ops/maildev/node_modules ops/contract/node_modules ops/.work
