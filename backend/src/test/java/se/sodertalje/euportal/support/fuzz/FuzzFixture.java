package se.sodertalje.euportal.support.fuzz;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Projects;

/**
 * Real records for the fuzz test to aim at, so that a spoiled request reaches the code behind the
 * path (not a 404): a unit with a contact person, a programme and call, an idea, a draft application
 * with its lead partner and budget, a partner search, and a granted project with a progress report and
 * a claim with one expenditure line. Path parameters are found by the path segment before them.
 */
public final class FuzzFixture {

    public final String unitCode = Api.uniqueCode("FZ");
    public final Map<String, String> bySegment = new HashMap<>();
    public final Map<String, String> byProperty = new HashMap<>();

    public FuzzFixture() {
        UUID unit = Api.createUnit(unitCode, "Fuzzkontoret");
        Api applicant = Api.applicant(unitCode);
        UUID contact = Api.createContact(unit, "Fia Fuzz", "fia@example.se", "OTHER");
        UUID programme = Api.createProgramme(Api.uniqueCode("FZ"), "ERDF");
        String call = Api.createCall(programme, Api.uniqueCode("FZ-CALL"), "Fuzzutlysning", 30, null);
        String idea = applicant.post("/api/v1/ideas", Map.of("unitId", unit.toString(), "title", "Fuzzidé"))
                .then().statusCode(201).extract().path("id");
        String draft = applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(), "callId", call,
                "title", "Fuzzansökan", "periodStart", "2026-01-01", "periodEnd", "2027-12-31"))
                .then().statusCode(201).extract().path("id");
        String lead = Api.leadWithBudget(applicant, draft);
        String member = applicant.get("/api/v1/applications/{id}/partners", draft).then().statusCode(200)
                .extract().path("[0].id");
        String budget = applicant.get("/api/v1/applications/{id}/budget", draft).then().statusCode(200)
                .extract().path("id");
        String search = applicant.post("/api/v1/partner-searches", Map.of("unitId", unit.toString(),
                "title", "Fuzzsökning", "topic", "digital schools")).then().statusCode(201).extract().path("id");
        Projects.Granted project = Projects.granted(unitCode, unit, call);
        String progress = applicant.post("/api/v1/projects/{id}/reports", Map.of("kind", "PROGRESS", "periodNumber", 1),
                project.projectId()).then().statusCode(201).extract().path("id");
        String claim = applicant.post("/api/v1/projects/{id}/reports", Map.of("kind", "FINANCIAL", "periodNumber", 1),
                project.projectId()).then().statusCode(201).extract().path("id");
        Map<String, Object> line = new HashMap<>(Map.of("partnerId", project.leadId(), "category", "STAFF",
                "spentOn", "2026-03-15", "supplier", "Leverantör AB", "description", "Lön", "amount",
                new BigDecimal("100.00"), "currency", "EUR", "vatRecoverable", false));
        String expenditure = applicant.post("/api/v1/reports/{id}/expenditures", line, claim).then().statusCode(201)
                .extract().path("id");
        Api.ADVISOR.put("/api/v1/exchange-rates/SEK/2026-01", null, Map.of("unitsPerEur", new BigDecimal("11.4830")));

        bySegment.putAll(Map.of("units", unit.toString(), "contact-persons", contact.toString(), "programmes",
                programme.toString(), "calls", call, "ideas", idea, "applications", draft, "budgets", budget,
                "partner-searches", search, "projects", project.projectId(), "reports", progress));
        bySegment.putAll(Map.of("applications/partners", member, "partners", lead, "expenditures", expenditure,
                "reports/expenditures", claim, "exchange-rates", "SEK", "versions", "1", "periods", "1",
                "portfolio", "by-unit", "team", "sub-nobody"));
        byProperty.putAll(Map.of("unitId", unit.toString(), "callId", call, "ideaId", idea, "programmeId",
                programme.toString(), "organisationId", lead, "partnerId", project.leadId(), "applicationId", draft));
    }

    /** The value of a path parameter: the record of the segment before it, or a random id. */
    public String pathValue(List<String> segments, int index, String name) {
        String previous = index > 0 ? segments.get(index - 1) : "";
        String before = index > 2 ? segments.get(index - 3) : "";
        if (name.equals("month")) {
            return "2026-01";
        }
        if (name.equals("reportId")) {
            return bySegment.get("reports/expenditures");
        }
        String value = bySegment.get(before + "/" + previous);
        value = value != null ? value : bySegment.get(previous);
        return value != null ? value : UUID.randomUUID().toString();
    }

    /** An id for a body property of that name. */
    public String propertyValue(String property) {
        String value = byProperty.get(property);
        return value != null ? value : UUID.randomUUID().toString();
    }

    public Api applicant() {
        return Api.applicant(unitCode);
    }
}
