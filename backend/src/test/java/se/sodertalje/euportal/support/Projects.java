package se.sodertalje.euportal.support;

import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A granted project to report on, walked through the real application workflow. */
public final class Projects {

    private Projects() {
    }

    /** A project and the organisation that leads it. */
    public record Granted(String projectId, String applicationId, String leadId) {
    }

    /**
     * An application of the unit for the call (1 January 2026 – 31 December 2027), led by a new
     * organisation with {@link Api#budget}'s budget (staff EUR 10 000.00 in period 1, 40 % EU),
     * submitted and granted EUR 4 000.00.
     */
    public static Granted granted(String unitCode, UUID unit, String call) {
        return granted(unitCode, unit, call, "Rapporteringsprojekt " + unitCode);
    }

    /** As {@link #granted(String, UUID, String)}, with the project's title. */
    public static Granted granted(String unitCode, UUID unit, String call, String title) {
        Api applicant = Api.applicant(unitCode);
        Api coordinator = Api.coordinator(unitCode);
        String application = applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(), "callId", call,
                "title", title, "acronym", "RAPP", "summary", "Ett projekt att rapportera.", "periodStart", "2026-01-01",
                "periodEnd", "2027-12-31")).then().statusCode(201).extract().path("id");
        String lead = Api.leadWithBudget(applicant, application);
        step(coordinator, application, Map.of("action", "APPROVE_FOR_UNIT"));
        step(Api.ADVISOR, application, Map.of("action", "START_REVIEW"));
        step(Api.ADVISOR, application, Map.of("action", "CLEAR_FOR_SUBMISSION", "comment", "Klar"));
        step(Api.ADVISOR, application, Map.of("action", "SUBMIT", "funderReference", "REF-" + unitCode,
                "submittedOn", LocalDate.now().toString()));
        step(Api.ADVISOR, application, Map.of("action", "RECORD_GRANT", "grantedAmount", new BigDecimal("4000.00"),
                "decisionOn", LocalDate.now().toString()));
        String project = Api.ADVISOR.get("/api/v1/projects?unitId={unit}", unit).then().statusCode(200)
                .body("items.size()", equalTo(1)).extract().path("items[0].id");
        return new Granted(project, application, lead);
    }

    private static void step(Api who, String application, Map<String, Object> body) {
        String etag = Api.ADVISOR.get("/api/v1/applications/{id}", application).header("ETag");
        who.request().contentType("application/json").header("If-Match", etag).body(body)
                .post("/api/v1/applications/{id}/transitions", application).then().statusCode(200);
    }
}
