package se.sodertalje.euportal.task;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Projects;
import se.sodertalje.euportal.support.Tokens;

/**
 * Known contents for the to-do list. Unit U: Anna's incomplete draft D1, Kim's incomplete draft D2
 * (call C2 closing in 10 days), Anna's complete draft D3 (call C3, 40 days), Anna's draft R returned
 * by the coordinator (C3), Anna's application A approved for the unit, Anna's application RS cleared
 * for submission, and Anna's granted project P: period 1 due today (progress report returned), period 2
 * due in 20 days (progress report submitted), period 3 (claim sent 100 days ago, unpaid); U has no
 * coordinator. Unit V (with a coordinator): a draft of its own. Unit W: a project closed 10 days ago
 * and one closed 100 days ago. Call C1 closes in 10 days and no application refers to it.
 */
final class TaskFixture {

    final String code = Api.uniqueCode("TU");
    final UUID unit = Api.createUnit(code, "Att göra-enheten " + code);
    final String otherCode = Api.uniqueCode("TV");
    final UUID otherUnit = Api.createUnit(otherCode, "Andra enheten " + otherCode);
    final String thirdCode = Api.uniqueCode("TW");
    final UUID thirdUnit = Api.createUnit(thirdCode, "Tredje enheten " + thirdCode);
    final Api anna = Api.applicant(code);
    final Api kim = new Api(Tokens.of("kim-" + code, List.of(code), "applicant"));
    final Api cora = Api.coordinator(code);
    final Api otherCoordinator = Api.coordinator(otherCode);
    final LocalDate today = LocalDate.now(se.sodertalje.euportal.common.Clocks.STOCKHOLM);

    final UUID programme = Api.createProgramme(Api.uniqueCode("TP"), "ERDF");
    final String c1 = Api.createCall(programme, Api.uniqueCode("C1"), "Orörd utlysning", 10, null);
    final String c2 = Api.createCall(programme, Api.uniqueCode("C2"), "Snart stängd utlysning", 10, null);
    final String c3 = Api.createCall(programme, Api.uniqueCode("C3"), "Senare utlysning", 40, null);

    final String d1;
    final String d2;
    final String d3;
    final String returned;
    final String approved;
    final String ready;
    final String otherDraft;
    final Projects.Granted project;
    final UUID report1;
    final UUID report2;
    final UUID claim3;
    final UUID closedRecently;
    final UUID closedLongAgo;

    TaskFixture(EntityManager em) {
        Api.createContact(otherUnit, "Vera Samordnare", "vera@example.se", "INTERNATIONAL_COORDINATOR");
        d1 = anna.post("/api/v1/applications", Map.of("unitId", unit.toString(), "title", "D1 Utkast utan utlysning"))
                .then().statusCode(201).extract().path("id");
        d2 = kim.post("/api/v1/applications", Map.of("unitId", unit.toString(), "title", "D2 Kims utkast", "callId", c2))
                .then().statusCode(201).extract().path("id");
        d3 = complete("D3 Komplett utkast");
        returned = complete("R Återskickad ansökan");
        step(cora, returned, Map.of("action", "APPROVE_FOR_UNIT"));
        step(cora, returned, Map.of("action", "RETURN_FOR_CHANGES", "comment", "Komplettera målgruppen"));
        approved = complete("A Godkänd av enheten");
        step(cora, approved, Map.of("action", "APPROVE_FOR_UNIT"));
        ready = complete("RS Klar att lämna in");
        step(cora, ready, Map.of("action", "APPROVE_FOR_UNIT"));
        step(Api.ADVISOR, ready, Map.of("action", "START_REVIEW"));
        step(Api.ADVISOR, ready, Map.of("action", "CLEAR_FOR_SUBMISSION", "comment", "Klar"));
        otherDraft = otherCoordinator.post("/api/v1/applications", Map.of("unitId", otherUnit.toString(),
                "title", "V Annan enhets utkast")).then().statusCode(201).extract().path("id");

        project = Projects.granted(code, unit, c3);
        UUID projectId = UUID.fromString(project.projectId());
        report1 = UUID.randomUUID();
        report2 = UUID.randomUUID();
        claim3 = UUID.randomUUID();
        closedRecently = UUID.randomUUID();
        closedLongAgo = UUID.randomUUID();
        String closedDraft1 = Api.applicant(thirdCode).post("/api/v1/applications", Map.of("unitId", thirdUnit.toString(),
                "title", "W Nyss avslutat")).then().statusCode(201).extract().path("id");
        String closedDraft2 = Api.applicant(thirdCode).post("/api/v1/applications", Map.of("unitId", thirdUnit.toString(),
                "title", "W Länge sedan avslutat")).then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update project_period set report_due = ?1 where project_id = ?2")
                    .setParameter(1, today.plusDays(200)).setParameter(2, projectId).executeUpdate();
            em.createNativeQuery("update project_period set report_due = ?1 where project_id = ?2 and number = 1")
                    .setParameter(1, today).setParameter(2, projectId).executeUpdate();
            em.createNativeQuery("update project_period set report_due = ?1 where project_id = ?2 and number = 2")
                    .setParameter(1, today.plusDays(20)).setParameter(2, projectId).executeUpdate();
            report(em, report1, projectId, "PROGRESS", 1, "RETURNED", null);
            transition(em, report1, "SUBMIT", "DRAFT", "SUBMITTED", null, Instant.now().minus(3, ChronoUnit.DAYS));
            transition(em, report1, "RETURN", "SUBMITTED", "RETURNED", "Beskriv avvikelserna",
                    Instant.now().minus(2, ChronoUnit.DAYS));
            report(em, report2, projectId, "PROGRESS", 2, "SUBMITTED", null);
            transition(em, report2, "SUBMIT", "DRAFT", "SUBMITTED", null, Instant.now().minus(5, ChronoUnit.DAYS));
            report(em, claim3, projectId, "FINANCIAL", 3, "SENT_TO_FUNDER", today.minusDays(100));
            closedProject(em, closedRecently, UUID.fromString(closedDraft1), "W Nyss avslutat", "CLOSED", today.minusDays(10));
            closedProject(em, closedLongAgo, UUID.fromString(closedDraft2), "W Länge sedan avslutat", "ARCHIVED",
                    today.minusDays(100));
        });
    }

    /** A draft of Anna's that lacks nothing: call C3, period, acronym, summary, a lead partner and a budget. */
    private String complete(String title) {
        Map<String, Object> body = new HashMap<>(Map.of("unitId", unit.toString(), "title", title, "callId", c3,
                "acronym", "ACR", "summary", "Sammanfattning", "periodStart", "2027-01-01", "periodEnd", "2027-12-31"));
        String id = anna.post("/api/v1/applications", body).then().statusCode(201).extract().path("id");
        Api.leadWithBudget(anna, id);
        return id;
    }

    private static void step(Api who, String application, Map<String, Object> body) {
        String etag = Api.ADVISOR.get("/api/v1/applications/{id}", application).header("ETag");
        who.request().contentType("application/json").header("If-Match", etag).body(body)
                .post("/api/v1/applications/{id}/transitions", application).then().statusCode(200);
    }

    private static void report(EntityManager em, UUID id, UUID project, String kind, int period, String status,
            LocalDate sentOn) {
        em.createNativeQuery("""
                insert into project_report (id, project_id, kind, period_number, status, content, sent_on, eu_claimed,
                    created_by_subject, created_at, updated_at)
                values (?1, ?2, ?3, ?4, ?5, cast('{}' as jsonb), ?6, ?7, 'sub-test', now(), now())""")
                .setParameter(1, id).setParameter(2, project).setParameter(3, kind).setParameter(4, period)
                .setParameter(5, status).setParameter(6, sentOn)
                .setParameter(7, sentOn == null ? null : new java.math.BigDecimal("400.00")).executeUpdate();
    }

    private static void transition(EntityManager em, UUID report, String action, String from, String to, String comment,
            Instant at) {
        em.createNativeQuery("""
                insert into report_transition (id, report_id, action, from_status, to_status, comment, actor_subject,
                    actor_name, at) values (?1, ?2, ?3, ?4, ?5, ?6, 'sub-ada.advisor', 'Ada Ahlström', ?7)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, report).setParameter(3, action)
                .setParameter(4, from).setParameter(5, to).setParameter(6, comment).setParameter(7, at).executeUpdate();
    }

    private void closedProject(EntityManager em, UUID id, UUID application, String title, String status, LocalDate closedOn) {
        em.createNativeQuery("update application set status = 'GRANTED' where id = ?1").setParameter(1, application)
                .executeUpdate();
        em.createNativeQuery("""
                insert into project (id, application_id, unit_id, title, period_start, period_end, granted_amount, status,
                    last_payment_on, closed_on, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, 1000, ?7, ?8, ?8, now())""")
                .setParameter(1, id).setParameter(2, application).setParameter(3, thirdUnit).setParameter(4, title)
                .setParameter(5, closedOn.minusYears(2)).setParameter(6, closedOn.minusMonths(3)).setParameter(7, status)
                .setParameter(8, closedOn).executeUpdate();
    }
}
