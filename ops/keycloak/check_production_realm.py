#!/usr/bin/env python3
"""Checks an imported production realm through Keycloak's admin REST API (ops/check-production-realm.sh).

Usage: check_production_realm.py BASE_URL REALM_FILE   (admin credentials in KC_BOOTSTRAP_ADMIN_USERNAME/_PASSWORD)
Prints one line per check, ok or FAILED, and exits 1 when any failed.
"""
import base64
import hashlib
import html
import http.cookiejar
import json
import os
import re
import secrets
import sys
import urllib.error
import urllib.parse
import urllib.request

BASE, REALM_FILE = sys.argv[1].rstrip("/"), sys.argv[2]
REALM = "euportal"
ADMIN = f"{BASE}/admin/realms/{REALM}"
# The roles the backend knows (security/Roles.java); the integration role may hold none that writes.
WRITING_ROLES = {"applicant", "coordinator", "advisor", "admin", "controller"}
DEMO_SECRETS = {"demo-integration-secret"}
failures = 0


def check(name, passed, detail=""):
    global failures
    print(f"{'ok    ' if passed else 'FAILED'} {name}{': ' + detail if detail else ''}", flush=True)
    if not passed:
        failures += 1


def post_form(url, data):
    req = urllib.request.Request(url, data=urllib.parse.urlencode(data).encode(), method="POST")
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)


token = post_form(f"{BASE}/realms/master/protocol/openid-connect/token", {
    "grant_type": "password", "client_id": "admin-cli",
    "username": os.environ["KC_BOOTSTRAP_ADMIN_USERNAME"], "password": os.environ["KC_BOOTSTRAP_ADMIN_PASSWORD"],
})["access_token"]


def get(path, missing=None):
    """The admin API's answer; `missing` when it answers 404 (a role or flow the realm lacks fails its check)."""
    req = urllib.request.Request(ADMIN + path, headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        if e.code == 404:
            return missing
        raise


def claims(jwt):
    part = jwt.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


realm = get("")
template = json.load(open(REALM_FILE, encoding="utf-8"))

# 1. No people: the only user is the integration client's service account (Keycloak makes one per such client).
users = get("/users?max=10000&briefRepresentation=false")
people = [u["username"] for u in users if not u.get("serviceAccountClientId")]
count = get("/users/count")
check("no users (service accounts aside)", not people and count == len(users),
      f"people={people}, users/count={count}")
check("the template file holds no users but the service account and no credentials",
      all(u.get("serviceAccountClientId") for u in template.get("users", []))
      and not any("credentials" in u for u in template.get("users", [])))

# 2. Brute-force detection.
check("brute-force detection on", realm.get("bruteForceProtected") is True,
      f"failureFactor={realm.get('failureFactor')}, wait {realm.get('waitIncrementSeconds')} s doubling up to "
      f"{realm.get('maxFailureWaitSeconds')} s, permanentLockout={realm.get('permanentLockout')}")
check("brute force: at most 10 failures before a lockout", 0 < realm.get("failureFactor", 0) <= 10)

# 3. Password policy.
policy = realm.get("passwordPolicy") or ""
m = re.search(r"(?:^|\s)length\((\d+)\)", policy)
check("password policy: length >= 12", bool(m) and int(m.group(1)) >= 12, policy)
for rule in ("notUsername", "notEmail", "passwordHistory", "digits", "upperCase", "lowerCase"):
    check(f"password policy: {rule}", rule in policy)

# 4. One-time codes for advisors and admins: the browser flow has a conditional sub-flow "user has role
#    otp-required" -> OTP form REQUIRED, and advisor and admin are composites holding otp-required.
flow = realm.get("browserFlow")
executions = get(f"/authentication/flows/{urllib.parse.quote(flow)}/executions", [])
cond = [e for e in executions if e.get("providerId") == "conditional-user-role"]
cond_role = None
if cond and cond[0].get("authenticationConfig"):
    cond_role = get(f"/authentication/config/{cond[0]['authenticationConfig']}", {}).get("config", {}).get("condUserRole")
otp = [e for e in executions if e.get("providerId") == "auth-otp-form"]
sub = [e for e in executions if e.get("authenticationFlow") and e.get("requirement") == "CONDITIONAL"]
check("OTP: browser flow has a conditional sub-flow on role otp-required with the OTP form REQUIRED",
      len(cond) == 1 and cond_role == "otp-required" and cond[0]["requirement"] == "REQUIRED"
      and len(otp) == 1 and otp[0]["requirement"] == "REQUIRED" and otp[0]["level"] == cond[0]["level"]
      and bool(sub), f"flow '{flow}': " + ", ".join(
          f"{e.get('displayName')}={e.get('requirement')}" for e in executions))
check("OTP: the password form comes first (REQUIRED)",
      any(e.get("providerId") == "auth-username-password-form" and e["requirement"] == "REQUIRED" for e in executions))
for role in ("advisor", "admin"):
    comps = [r["name"] for r in get(f"/roles/{role}/composites", [])]
    check(f"OTP: role {role} includes otp-required", "otp-required" in comps, f"composites={comps}")
for role in ("applicant", "coordinator", "auditor", "controller", "integration"):
    r = get(f"/roles/{role}", {})
    comps = [c["name"] for c in get(f"/roles/{role}/composites", [])] if r.get("composite") else []
    check(f"OTP: role {role} does not ask for it", "otp-required" not in comps and "advisor" not in comps
          and "admin" not in comps)
check("OTP: TOTP set-up (CONFIGURE_TOTP) is an enabled required action",
      get("/authentication/required-actions/CONFIGURE_TOTP", {}).get("enabled") is True)

# 5. Refresh-token rotation.
check("refresh tokens rotate (revokeRefreshToken, no reuse)",
      realm.get("revokeRefreshToken") is True and realm.get("refreshTokenMaxReuse") == 0,
      f"revokeRefreshToken={realm.get('revokeRefreshToken')}, refreshTokenMaxReuse={realm.get('refreshTokenMaxReuse')}")

# 6. Names (and e-mail, username) editable by admins only.
profile = {a["name"]: a for a in get("/users/profile", {}).get("attributes", [])}
for attr in ("firstName", "lastName", "email", "username"):
    perms = profile.get(attr, {}).get("permissions", {})
    check(f"user profile: {attr} editable by admins only", perms.get("edit") == ["admin"], f"permissions={perms}")
check("registration and username editing off", realm.get("registrationAllowed") is False
      and realm.get("editUsernameAllowed") is False)

# 7. Clients: no secret from the file, no public client with the password grant.
check("the template file holds no client secret",
      not any("secret" in c for c in template.get("clients", [])) and "demo-integration-secret" not in open(REALM_FILE).read())
clients = get("/clients")
for c in clients:
    if not c.get("publicClient") and not c.get("bearerOnly") and c.get("clientAuthenticatorType") == "client-secret":
        value = get(f"/clients/{c['id']}/client-secret", {}).get("value") or ""
        check(f"client {c['clientId']}: secret generated by Keycloak, not from a file",
              len(value) >= 32 and value not in DEMO_SECRETS, f"{len(value)} characters")
bad = [c["clientId"] for c in clients if c.get("publicClient") and c.get("directAccessGrantsEnabled")]
check("no public client with direct access grants (password grant)", not bad, f"offending={bad}" if bad else
      f"{sum(1 for c in clients if c.get('publicClient'))} public clients checked")
check("no demo password-grant client euportal-cli", not any(c["clientId"] == "euportal-cli" for c in clients))
by_id = {c["clientId"]: c for c in clients}
spa = by_id.get("euportal-spa", {})
check("euportal-spa: public, standard flow only, PKCE S256",
      spa.get("publicClient") is True and spa.get("standardFlowEnabled") is True
      and not spa.get("implicitFlowEnabled") and not spa.get("directAccessGrantsEnabled")
      and spa.get("attributes", {}).get("pkce.code.challenge.method") == "S256",
      f"redirectUris={spa.get('redirectUris')}")
check("euportal-api: bearer only, no flows", by_id.get("euportal-api", {}).get("bearerOnly") is True)

# 8. The integration role: a composite of auditor (every unit read-only), nothing that writes.
comps = sorted(r["name"] for r in get("/roles/integration/composites", []))
check("role integration = composite of auditor only", comps == ["auditor"], f"composites={comps}")
integ = by_id.get("euportal-integration", {})
sa = (get(f"/clients/{integ['id']}/service-account-user", {}) if integ else {}) or {}
effective = sorted(r["name"] for r in get(f"/users/{sa['id']}/role-mappings/realm/composite", [])) if sa else []
check("integration service account: integration + auditor, no writing role",
      "integration" in effective and "auditor" in effective and not WRITING_ROLES & set(effective),
      f"effective realm roles={effective}")
check("euportal-integration: confidential, client credentials only",
      integ.get("serviceAccountsEnabled") is True and not integ.get("publicClient")
      and not integ.get("standardFlowEnabled") and not integ.get("directAccessGrantsEnabled"))
# A real token by client credentials: audience and roles as the backend reads them.
if integ and integ.get("serviceAccountsEnabled"):
    secret = get(f"/clients/{integ['id']}/client-secret", {}).get("value", "")
    c = claims(post_form(f"{BASE}/realms/{REALM}/protocol/openid-connect/token", {
        "grant_type": "client_credentials", "client_id": "euportal-integration", "client_secret": secret})["access_token"])
    roles = c.get("realm_access", {}).get("roles", [])
    check("integration token: aud euportal-api, role auditor, no writing role",
          "euportal-api" in ([c.get("aud")] if isinstance(c.get("aud"), str) else c.get("aud", []))
          and "auditor" in roles and not WRITING_ROLES & set(roles),
          f"iss={c.get('iss')}, aud={c.get('aud')}, roles={sorted(roles)}")

# 9. Consistent with what the backend expects.
names = {r["name"] for r in get("/roles")}
check("realm roles of the backend present", {"applicant", "coordinator", "advisor", "auditor", "admin", "controller"} <= names)
units = get("/groups?search=units&briefRepresentation=false")
check("group /units present (unit groups /units/<code>)", any(g.get("path") == "/units" for g in units))
for cid in ("euportal-spa", "euportal-integration"):
    mappers = {m["protocolMapper"]: m["config"] for m in by_id.get(cid, {}).get("protocolMappers", [])}
    check(f"{cid}: audience euportal-api and groups (full path) mappers",
          mappers.get("oidc-audience-mapper", {}).get("included.client.audience") == "euportal-api"
          and mappers.get("oidc-group-membership-mapper", {}).get("full.path") == "true"
          and mappers.get("oidc-group-membership-mapper", {}).get("claim.name") == "groups")

# 10. The rules at work: two throw-away users log in through the SPA's client (authorization code + PKCE)
#     with a password alone; the applicant gets a code, the advisor and the admin are sent to set up a one-time
#     code first.
#     A short password is refused. (This Keycloak is discarded afterwards; the users are deleted anyway.)
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def send(path, method="POST", body=None):
    req = urllib.request.Request(ADMIN + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def make_user(name, role, password):
    send("/users", body={"username": name, "enabled": True, "firstName": "Check", "lastName": name,
                         "email": f"{name}@example.invalid", "emailVerified": True,
                         "credentials": [{"type": "password", "value": password, "temporary": False}]})
    found = get(f"/users?username={name}&exact=true", [])
    if found and get(f"/roles/{role}"):
        send(f"/users/{found[0]['id']}/role-mappings/realm", body=[get(f"/roles/{role}")])
    return found[0]["id"] if found else None


class LocalhostIsSecure(http.cookiejar.DefaultCookiePolicy):
    """Keycloak's login cookies are Secure; like browsers and curl, treat http://localhost as a secure context."""

    def return_ok_secure(self, cookie, request):
        return True


login_pages = []


def login(name, password):
    """The answer to the password form: ('code', location) or ('page', html)."""
    jar = http.cookiejar.CookieJar(policy=LocalhostIsSecure())
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    redirect = (spa.get("redirectUris") or ["https://euportal.example.invalid/*"])[0].replace("*", "")
    query = urllib.parse.urlencode({"client_id": "euportal-spa", "redirect_uri": redirect, "response_type": "code",
                                    "scope": "openid", "state": "s", "code_challenge": challenge,
                                    "code_challenge_method": "S256"})
    with opener.open(f"{BASE}/realms/{REALM}/protocol/openid-connect/auth?{query}", timeout=30) as r:
        page = r.read().decode()
    login_pages.append(page)
    action = html.unescape(re.search(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"', page).group(1))
    try:
        with opener.open(urllib.request.Request(action, data=urllib.parse.urlencode(
                {"username": name, "password": password, "credentialId": ""}).encode()), timeout=30) as r:
            return "page", r.read().decode()
    except urllib.error.HTTPError as e:
        if e.code in (301, 302, 303):
            location = e.headers.get("Location", "")
            if location.startswith(BASE):  # Keycloak's own next step (a required action): its page
                with opener.open(location, timeout=30) as r:
                    return "page", location + "\n" + r.read().decode()
            return "code", location
        return "page", e.read().decode()


password = "Check-" + secrets.token_hex(8) + "Aa1"
ids = [make_user("check-applicant", "applicant", password), make_user("check-advisor", "advisor", password),
       make_user("check-administrator", "admin", password)]
try:
    kind, answer = login("check-applicant", password)
    check("login: an applicant gets a code with the password alone", kind == "code" and "code=" in answer,
          answer.split("&code=")[0] + "&code=…" if kind == "code" else "an HTML page instead of the redirect")
    legal = re.search(r'<nav id="euportal-legal-links".*?</nav>', login_pages[0], re.S)
    links = re.findall(r'href="[^"]*/(accessibility|privacy)"', legal.group(0)) if legal else []
    check("login theme: the sign-in page links the accessibility statement and the privacy notice",
          links == ["accessibility", "privacy"], ", ".join(links) or "no euportal-legal-links footer (theme missing?)")
    for user, role in (("check-advisor", "advisor"), ("check-administrator", "admin")):
        kind, answer = login(user, password)
        otp_setup = kind == "page" and "CONFIGURE_TOTP" in answer and "totp" in answer.lower()
        check(f"login: {role} without a device is sent to set up a one-time code (no code issued)", otp_setup,
              "the page of the required action CONFIGURE_TOTP" if otp_setup
              else (answer[:80] if kind == "code" else "another page"))
    status = send(f"/users/{ids[0]}/reset-password", method="PUT",
                  body={"type": "password", "value": "Sommar2026", "temporary": False}) if ids[0] else 0
    check("password policy at work: 'Sommar2026' (10 characters) is refused", status == 400, f"HTTP {status}")
finally:
    for uid in ids:
        if uid:
            send(f"/users/{uid}", method="DELETE")

print(f"{'ALL CHECKS PASSED' if failures == 0 else f'{failures} CHECK(S) FAILED'}")
sys.exit(1 if failures else 0)
