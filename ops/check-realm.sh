#!/usr/bin/env bash
# Checks the running Keycloak realm against the conventions the backend and SPA rely on:
# tokens for every demo user (password grant, euportal-cli) and for the integration client
# (client credentials) carry iss, aud=euportal-api, realm roles and /units/… groups; the SPA
# client refuses an authorization request without a PKCE code_challenge.
# Usage: ops/check-realm.sh   (Keycloak must be up: ops/keycloak.sh start)
set -euo pipefail
# shellcheck source=ops/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TOKEN_URL="$KC_ISSUER/protocol/openid-connect/token"
http_ok "$KC_ISSUER/.well-known/openid-configuration" || die "Keycloak realm not answering at $KC_ISSUER (ops/keycloak.sh start)"
fails=0 passes=0

# check NAME TOKEN_JSON EXPECTED_ROLES(comma) EXPECTED_GROUPS(comma) EXPECTED_USERNAME
check() {
  local name="$1" json="$2" roles="$3" groups="$4" username="$5" out
  if out="$(node -e '
    const [json, iss, roles, groups, username] = process.argv.slice(1);
    const tok = JSON.parse(json).access_token;
    if (!tok) { console.log("no access_token: " + json); process.exit(1); }
    const c = JSON.parse(Buffer.from(tok.split(".")[1], "base64url").toString());
    const err = [];
    const aud = [].concat(c.aud || []);
    if (c.iss !== iss) err.push(`iss=${c.iss}`);
    if (!aud.includes("euportal-api")) err.push(`aud=${JSON.stringify(c.aud)}`);
    const have = (c.realm_access && c.realm_access.roles) || [];
    for (const r of roles.split(",").filter(Boolean)) if (!have.includes(r)) err.push(`missing role ${r} in ${have}`);
    for (const r of ["applicant","coordinator","advisor","auditor","admin","controller"])
      if (have.includes(r) && !roles.split(",").includes(r)) err.push(`unexpected role ${r}`);
    const g = c.groups || [];
    if (JSON.stringify([...g].sort()) !== JSON.stringify(groups.split(",").filter(Boolean).sort())) err.push(`groups=${JSON.stringify(c.groups)}`);
    if (c.preferred_username !== username) err.push(`preferred_username=${c.preferred_username}`);
    if (!username.startsWith("service-account-") && (!c.name || !c.email)) err.push(`name/email missing`);
    if (err.length) { console.log(err.join("; ")); process.exit(1); }
    console.log(`iss ok, aud=${JSON.stringify(c.aud)}, roles=${have.filter(r=>!r.startsWith("default-")&&r!=="offline_access"&&r!=="uma_authorization")}, groups=${JSON.stringify(g)}, name=${c.name||"-"}, email=${c.email||"-"}`);
  ' "$json" "$KC_ISSUER" "$roles" "$groups" "$username" 2>&1)"; then
    ok "PASS $name: $out"; passes=$((passes + 1))
  else
    printf '%sFAIL %s: %s%s\n' "$_R" "$name" "$out" "$_N" >&2; fails=$((fails + 1))
  fi
}

pw() { curl -sS "$TOKEN_URL" -d grant_type=password -d client_id=euportal-cli -d username="$1" -d password=demo -d scope=openid; }

check anna.applicant   "$(pw anna.applicant)"   applicant             /units/UTB anna.applicant
check carl.coordinator "$(pw carl.coordinator)" coordinator,applicant /units/SOC carl.coordinator
check maria.coordinator "$(pw maria.coordinator)" coordinator,applicant /units/UTB maria.coordinator
check ada.advisor      "$(pw ada.advisor)"      advisor               /units/INT ada.advisor
check alex.auditor     "$(pw alex.auditor)"     auditor               ""         alex.auditor
check adam.admin       "$(pw adam.admin)"       admin                 ""         adam.admin
check cora.controller  "$(pw cora.controller)"  controller            ""         cora.controller
check euportal-integration \
  "$(curl -sS "$TOKEN_URL" -d grant_type=client_credentials -d client_id=euportal-integration -d client_secret=demo-integration-secret)" \
  advisor "" service-account-euportal-integration

# negative checks
expect() { # NAME EXPECTED ACTUAL
  if [[ "$3" == *"$2"* ]]; then ok "PASS $1"; passes=$((passes + 1))
  else printf '%sFAIL %s: expected %s, got %s%s\n' "$_R" "$1" "$2" "$3" "$_N" >&2; fails=$((fails + 1)); fi
}
# the demo data records its authors under these fixed subjects (backend …/demo/DemoUser.java)
sub() { node -e 'const t=JSON.parse(process.argv[1]).access_token||"";console.log(JSON.parse(Buffer.from((t.split(".")[1]||"e30"),"base64url")).sub)' "$1"; }
expect "anna.applicant's subject is the demo data's" 10000000-0000-4000-8000-000000000001 "$(sub "$(pw anna.applicant)")"
expect "maria.coordinator's subject is the demo data's" 10000000-0000-4000-8000-000000000006 "$(sub "$(pw maria.coordinator)")"
expect "cora.controller's subject is the demo data's" 10000000-0000-4000-8000-000000000007 "$(sub "$(pw cora.controller)")"

expect "wrong password refused" invalid_grant \
  "$(curl -sS "$TOKEN_URL" -d grant_type=password -d client_id=euportal-cli -d username=anna.applicant -d password=wrong)"
expect "integration client has no password grant" unauthorized_client \
  "$(curl -sS "$TOKEN_URL" -d grant_type=password -d client_id=euportal-integration -d client_secret=demo-integration-secret -d username=anna.applicant -d password=demo)"
expect "spa client has no password grant" unauthorized_client \
  "$(curl -sS "$TOKEN_URL" -d grant_type=password -d client_id=euportal-spa -d username=anna.applicant -d password=demo)"
auth="$KC_ISSUER/protocol/openid-connect/auth?client_id=euportal-spa&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A5173%2F"
expect "spa auth request without code_challenge refused" "code_challenge" \
  "$(curl -sS -o /dev/null -w '%{redirect_url}' "$auth&state=x")"
expect "spa auth request with S256 code_challenge shows the login page" "200" \
  "$(curl -sS -o /dev/null -w '%{http_code}' "$auth&state=x&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256")"
expect "spa refuses a foreign redirect_uri" "400" \
  "$(curl -sS -o /dev/null -w '%{http_code}' "${auth/localhost%3A5173/evil.example}&state=x&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256")"

# full Authorization Code + PKCE flow of the SPA client, as a browser would do it
code_flow() { # USER -> prints the token response JSON
  local jar verifier challenge page action loc code
  jar="$(mktemp)"
  verifier="$(head -c 48 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
  challenge="$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')"
  page="$(curl -sS -c "$jar" -b "$jar" "$auth&state=s1&nonce=n1&code_challenge=$challenge&code_challenge_method=S256")"
  action="$(printf '%s' "$page" | sed -n 's/.*id="kc-form-login"[^>]*action="\([^"]*\)".*/\1/p; s/.*action="\([^"]*\)"[^>]*id="kc-form-login".*/\1/p' | head -1 | sed 's/&amp;/\&/g')"
  [[ -n "$action" ]] || { echo '{"error":"no login form"}'; rm -f "$jar"; return; }
  loc="$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$action" --data-urlencode "username=$1" --data-urlencode password=demo)"
  code="$(printf '%s' "$loc" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')"
  rm -f "$jar"
  [[ -n "$code" ]] || { echo "{\"error\":\"no code in redirect: $loc\"}"; return; }
  curl -sS "$TOKEN_URL" -d grant_type=authorization_code -d client_id=euportal-spa -d code="$code" \
    -d redirect_uri=http://localhost:5173/ -d code_verifier="$verifier"
}
if command -v openssl >/dev/null; then
  check "euportal-spa code flow + PKCE (carl.coordinator)" "$(code_flow carl.coordinator)" coordinator,applicant /units/SOC carl.coordinator
else
  warn "openssl missing: skipping the code flow check"
fi

echo "realm check: $passes passed, $fails failed"
((fails == 0))
