package se.sodertalje.euportal.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

/**
 * The to-do list keeps each draft's checklist between reads (DraftGaps): whatever changes the draft, its
 * partnership, its budget or its call's programme shows in the next read, the same as the draft's own
 * readiness.
 */
@QuarkusTest
class DraftGapsKeptTest {

    @Test
    void aKeptChecklistShouldFollowEveryChangeToWhatItChecks() {
        String code = Api.uniqueCode("DK");
        UUID unit = Api.createUnit(code, "Kvarhållna " + code);
        Api anna = Api.applicant(code);
        UUID programme = Api.createProgramme(Api.uniqueCode("DKP"), "ERDF");
        String call = Api.createCall(programme, Api.uniqueCode("DKC"), "Utlysning att hålla", 30, null);
        String draft = anna.post("/api/v1/applications", Map.of("unitId", unit.toString(), "title", "Nästan klar",
                "callId", call, "acronym", "NKL", "summary", "Sammanfattning", "periodStart", "2027-01-01",
                "periodEnd", "2027-12-31")).then().statusCode(201).extract().path("id");

        // No partnership, no budget: read twice, the second from what was kept.
        List<String> first = missingInTasks(anna, draft);
        assertEquals(blockingInReadiness(anna, draft), first);
        assertEquals(first, missingInTasks(anna, draft));

        // A lead partner and a budget: nothing is missing any more.
        Api.leadWithBudget(anna, draft);
        assertEquals(List.of(), blockingInReadiness(anna, draft));
        assertNull(missingInTasks(anna, draft), "a complete draft is no incomplete task");

        // The programme's last eligible day moves before the project's end: READINESS-004.
        Response read = Api.ADVISOR.get("/api/v1/programmes/{id}", programme).then().statusCode(200).extract().response();
        Map<String, Object> rules = new HashMap<>(read.jsonPath().getMap("rules"));
        rules.put("eligibleUntil", "2027-06-30");
        String programmeCode = read.path("code");
        String fund = read.path("fund");
        String name = read.path("name");
        Map<String, Object> body = new HashMap<>(Map.of("code", programmeCode, "fund", fund, "name", name, "rules", rules));
        Api.ADVISOR.put("/api/v1/programmes/{id}", read.header("ETag"), body, programme).then().statusCode(200);
        List<String> afterProgramme = missingInTasks(anna, draft);
        assertEquals(blockingInReadiness(anna, draft), afterProgramme);
        assertEquals(List.of("READINESS-004"), afterProgramme);

        // The lead partner leaves: the partnership's items and the budget's partner come back.
        String member = anna.get("/api/v1/applications/{id}/partners", draft).then().statusCode(200)
                .extract().path("[0].id");
        anna.delete("/api/v1/applications/{id}/partners/{partnerId}", null, draft, member).then().statusCode(204);
        List<String> afterPartner = missingInTasks(anna, draft);
        assertEquals(blockingInReadiness(anna, draft), afterPartner);
        assertEquals(true, afterPartner.size() > 1, "more than the period is missing: " + afterPartner);
    }

    /** The codes of the draft's incomplete task's items, or null when it has none. */
    private static List<String> missingInTasks(Api who, String draft) {
        List<Map<String, Object>> items = who.get("/api/v1/me/tasks?kind=DRAFT_INCOMPLETE&limit=5000").then()
                .statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(t -> draft.equals(((Map<?, ?>) t.get("record")).get("id"))).findFirst()
                .map(t -> ((List<?>) t.get("missing")).stream().map(i -> (String) ((Map<?, ?>) i).get("code")).toList())
                .orElse(null);
    }

    private static List<String> blockingInReadiness(Api who, String draft) {
        List<Map<String, Object>> needs = who.get("/api/v1/applications/{id}/readiness", draft).then().statusCode(200)
                .extract().jsonPath().getList("nextSteps.find { it.action == 'APPROVE_FOR_UNIT' }.needs");
        return needs.stream().filter(n -> Boolean.TRUE.equals(n.get("blocking"))).map(n -> (String) n.get("code")).toList();
    }
}
