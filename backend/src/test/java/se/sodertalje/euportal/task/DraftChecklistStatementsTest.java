package se.sodertalje.euportal.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

/**
 * The to-do list runs the application checklist over all of the caller's drafts at once (issue 15): its
 * statements do not grow with the drafts, and each draft's items are the ones its own readiness shows.
 */
@QuarkusTest
class DraftChecklistStatementsTest {

    @Inject
    EntityManagerFactory emf;

    private UUID unit;
    private Api anna;
    private String call;
    private final List<String> drafts = new ArrayList<>();

    /** Made in the test, not as fields: the test's port is known only once it runs. */
    private void unitWithCall() {
        String code = Api.uniqueCode("TS");
        unit = Api.createUnit(code, "Räkneenheten " + code);
        anna = Api.applicant(code);
        UUID programme = Api.createProgramme(Api.uniqueCode("TSP"), "ERDF");
        call = Api.createCall(programme, Api.uniqueCode("TSC"), "Utlysning att räkna på", 30, null);
    }

    /** One draft of each kind: without a call, with a call but no budget or summary, complete. */
    private void addDrafts(int round) {
        drafts.add(anna.post("/api/v1/applications", Map.of("unitId", unit.toString(), "title", "Utan utlysning " + round))
                .then().statusCode(201).extract().path("id"));
        drafts.add(anna.post("/api/v1/applications", Map.of("unitId", unit.toString(), "title", "Utan budget " + round,
                "callId", call, "periodStart", "2027-01-01", "periodEnd", "2027-12-31"))
                .then().statusCode(201).extract().path("id"));
        Map<String, Object> body = new HashMap<>(Map.of("unitId", unit.toString(), "title", "Komplett " + round, "callId", call,
                "acronym", "KPL", "summary", "Sammanfattning", "periodStart", "2027-01-01", "periodEnd", "2027-12-31"));
        String complete = anna.post("/api/v1/applications", body).then().statusCode(201).extract().path("id");
        Api.leadWithBudget(anna, complete);
        drafts.add(complete);
    }

    private List<Map<String, Object>> tasks() {
        return anna.get("/api/v1/me/tasks?limit=5000").then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The fewest statements of two readings (anything else running at the time only adds). */
    private long statementsOfTasks() {
        var stats = emf.unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long before = stats.getPrepareStatementCount();
            tasks();
            fewest = Math.min(fewest, stats.getPrepareStatementCount() - before);
        }
        return fewest;
    }

    @Test
    void theToDoListShouldReadAFixedNumberOfStatementsHoweverManyDraftsAndShowEachDraftsOwnChecklist() {
        assertTrue(emf.unwrap(SessionFactory.class).getStatistics().isStatisticsEnabled(), "Hibernate statistics on");
        unitWithCall();
        addDrafts(1);
        long withThree = statementsOfTasks();
        addDrafts(2);
        addDrafts(3);
        addDrafts(4);
        long withTwelve = statementsOfTasks();
        assertTrue(withThree > 0, "statements counted");
        assertEquals(withThree, withTwelve, "statements of the to-do list with 3 drafts and with 12");

        Map<String, Object> missingByDraft = new HashMap<>();
        for (Map<String, Object> task : tasks()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> record = (Map<String, Object>) task.get("record");
            if ("DRAFT_INCOMPLETE".equals(task.get("kind"))) {
                missingByDraft.put((String) record.get("id"), task.get("missing"));
            }
        }
        for (String draft : drafts) {
            List<Map<String, Object>> needs = anna.get("/api/v1/applications/{id}/readiness", draft).then().statusCode(200)
                    .extract().jsonPath().getList("nextSteps.find { it.action == 'APPROVE_FOR_UNIT' }.needs");
            List<Map<String, Object>> blocking = needs.stream().filter(n -> Boolean.TRUE.equals(n.get("blocking"))).toList();
            if (blocking.isEmpty()) {
                assertTrue(!missingByDraft.containsKey(draft), "a complete draft is no incomplete task: " + draft);
            } else {
                assertEquals(blocking, missingByDraft.get(draft), "the to-do list's items of " + draft);
            }
        }
        assertEquals(8, missingByDraft.size(), "two incomplete drafts of each round");
    }
}
