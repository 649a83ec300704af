package se.sodertalje.euportal.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Callers of the API in the roles of the realm, for readable resource tests. */
public final class Api {

    public static final Api ADMIN = new Api(Tokens.of("adam.admin", List.of(), "admin"));
    public static final Api ADVISOR = new Api(Tokens.of("ada.advisor", List.of("INT"), "advisor"));
    public static final Api AUDITOR = new Api(Tokens.of("alex.auditor", List.of(), "auditor"));
    public static final Api ANONYMOUS = new Api(null);

    private final String token;

    public Api(String token) {
        this.token = token;
    }

    public static Api applicant(String... unitCodes) {
        return new Api(Tokens.of("applicant-" + String.join("-", unitCodes), List.of(unitCodes), "applicant"));
    }

    public static Api coordinator(String... unitCodes) {
        return new Api(Tokens.of("coordinator-" + String.join("-", unitCodes), List.of(unitCodes), "coordinator",
                "applicant"));
    }

    /** A request whose response must match the committed openapi.yaml (status, headers, body). */
    public RequestSpecification request() {
        return raw().filter(ContractValidation.FILTER);
    }

    /** A request without contract validation, for deliberately malformed calls. */
    public RequestSpecification raw() {
        RequestSpecification spec = given().accept("application/json, application/problem+json");
        return token == null ? spec : spec.header("Authorization", Tokens.bearer(token));
    }

    public Response get(String path, Object... params) {
        return request().get(path, params);
    }

    public Response post(String path, Object body, Object... params) {
        return request().contentType(ContentType.JSON).body(body).post(path, params);
    }

    public Response put(String path, String ifMatch, Object body, Object... params) {
        RequestSpecification spec = request().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            spec = spec.header("If-Match", ifMatch);
        }
        return spec.put(path, params);
    }

    public Response delete(String path, String ifMatch, Object... params) {
        RequestSpecification spec = request();
        if (ifMatch != null) {
            spec = spec.header("If-Match", ifMatch);
        }
        return spec.delete(path, params);
    }

    /** Creates a unit as admin and returns its id. */
    public static UUID createUnit(String code, String name) {
        return UUID.fromString(ADMIN.post("/api/v1/units", Map.of("code", code, "name", name,
                "type", "MUNICIPAL_DEPARTMENT", "active", true)).then().statusCode(201).extract().path("id"));
    }

    /** Creates a contact person as admin and returns its id. */
    public static UUID createContact(UUID unitId, String name, String email, String... roles) {
        return UUID.fromString(ADMIN.post("/api/v1/contact-persons", Map.of("unitId", unitId.toString(), "name", name,
                "email", email, "roles", List.of(roles))).then().statusCode(201).extract().path("id"));
    }

    /** A programme with its fund's default rules, created as advisor; returns its id. */
    public static UUID createProgramme(String code, String fund) {
        return UUID.fromString(ADVISOR.post("/api/v1/programmes", Map.of("code", code, "fund", fund,
                "name", "Programme " + code, "rules", se.sodertalje.euportal.programme.FundDefaults.rulesFor(
                        se.sodertalje.euportal.programme.Fund.valueOf(fund)))).then().statusCode(201).extract().path("id"));
    }

    /** The body of a call of the programme closing in {@code daysLeft} days, Brussels time. */
    public static Map<String, Object> callBody(UUID programme, String identifier, String title, int daysLeft,
            Object rules) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("programmeId", programme.toString());
        body.put("identifier", identifier);
        body.put("title", title);
        body.put("closesAt", java.time.OffsetDateTime.now(java.time.ZoneId.of("Europe/Brussels")).plusDays(daysLeft)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        body.put("timeZone", "Europe/Brussels");
        body.put("topics", List.of("urban mobility", "climate"));
        body.put("eligibleApplicantTypes", List.of("MUNICIPALITY", "NGO"));
        if (rules != null) {
            body.put("rules", rules);
        }
        return body;
    }

    /** Creates a call as advisor and returns its id. */
    public static String createCall(UUID programme, String identifier, String title, int daysLeft, Object rules) {
        return ADVISOR.post("/api/v1/calls", callBody(programme, identifier, title, daysLeft, rules))
                .then().statusCode(201).extract().path("id");
    }

    /** The body of a partner organisation: the given fields over a minimal valid one. */
    public static Map<String, Object> partnerBody(String legalName, String country, String type, Object... more) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("legalName", legalName, "country", country, "type", type));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    /** Registers a partner organisation as advisor and returns its id. */
    public static String createPartner(String legalName, String country, String type, Object... more) {
        return ADVISOR.post("/api/v1/partners", partnerBody(legalName, country, type, more)).then().statusCode(201)
                .extract().path("id");
    }

    /**
     * Gives a draft a valid budget of one staff line (period 1, EUR 10 000.00, 40 % EU share, the rest
     * own funds) for an organisation of its partnership: every submitted application has one.
     */
    public static void budget(Api who, String application, String organisationId) {
        Map<String, Object> line = Map.of("id", "staff-1", "partnerId", organisationId, "category", "STAFF",
                "period", 1, "kind", "REAL_COST", "currency", "EUR", "amount", new java.math.BigDecimal("10000.00"));
        Map<String, Object> plan = Map.of("partnerId", organisationId, "flatRates", List.of(),
                "euRatePercent", new java.math.BigDecimal("40"),
                "contributions", Map.of("OWN_MUNICIPAL_FUNDS", new java.math.BigDecimal("6000.00")));
        who.post("/api/v1/applications/{id}/budget", Map.of("currency", "EUR", "partners", List.of(plan),
                "lines", List.of(line)), application).then().statusCode(201);
    }

    /** Puts a new organisation in a draft's partnership as lead partner and gives the draft a valid budget. */
    public static String leadWithBudget(Api who, String application) {
        String organisation = createPartner(uniqueName("Södertälje kommun LEAD"), "SE", "MUNICIPALITY");
        who.post("/api/v1/applications/{id}/partners", Map.of("organisationId", organisation, "role", "LEAD_PARTNER"),
                application).then().statusCode(201);
        budget(who, application, organisation);
        return organisation;
    }

    /**
     * A draft of the unit that passes its checklist: an ERDF call, title, acronym, summary, one work
     * package, 2027–2028, a lead partner and a valid budget. Returns its id.
     */
    public static String readyDraft(Api who, UUID unit, String title) {
        UUID programme = createProgramme(uniqueCode("RD"), "ERDF");
        String call = createCall(programme, uniqueCode("RD-CALL"), "Redo att gå vidare", 40, null);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("unitId", unit.toString(), "callId", call, "title", title,
                "acronym", "READY", "summary", "Ett komplett utkast.", "periodStart", "2027-01-01", "periodEnd", "2028-12-31"));
        body.put("workPackages", List.of(Map.of("title", "WP1 Ledning", "activities", List.of("Styrgrupp"),
                "deliverables", List.of("Slutrapport"))));
        String id = who.post("/api/v1/applications", body).then().statusCode(201).extract().path("id");
        leadWithBudget(who, id);
        return id;
    }

    /** A unit code no other test uses. */
    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /**
     * A name no other organisation of the register comes near: the register refuses a name within one edit
     * per 12 characters of another in the same country ({@code DuplicateRules}), and two of {@link #uniqueCode}'s
     * eight random characters agreed that closely now and then among the suite's thousands of organisations.
     */
    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().replace("-", "").toUpperCase();
    }
}
