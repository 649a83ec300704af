package se.sodertalje.euportal.watch;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.reminder.ReminderService;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class CallWatchTest {

    @Inject
    ReminderService reminders;

    private static Response importJson(String body) {
        return Api.ADVISOR.request().contentType("application/json").body(body).post("/api/v1/calls/import");
    }

    /** One Funding & Tenders topic as the published list has it. */
    private static String topic(String id, String title, LocalDate deadline, String status) {
        return """
                {"topicId":"%s","title":"%s","programme":"LIFE","programmeId":"43252405","deadline":"%s",
                 "callStatus":"%s","budgetMin":100000,"budgetMax":900000,"keywords":"klimat, vatten"}"""
                .formatted(id, title, deadline, status);
    }

    private static List<Map<String, Object>> notices(Api who, String kind, String about) {
        List<Map<String, Object>> all = who.get("/api/v1/notifications").then().statusCode(200).extract().path("$");
        return all.stream().filter(n -> kind.equals(n.get("kind")) && ((String) n.get("message")).contains(about)).toList();
    }

    @Test
    void anImportThatAddsAMatchingCallShouldNotifyEachWatcherOnceAndNotAgainOnReimport() {
        String code = Api.uniqueCode("CW");
        UUID unit = Api.createUnit(code, "Bevakande enhet");
        Api coordinator = Api.coordinator(code);
        Api applicant = Api.applicant(code);
        coordinator.get("/api/v1/me").then().statusCode(200);
        String word = "Dagvatten" + code.substring(3);
        String unitWatch = coordinator.post("/api/v1/call-watches", Map.of("name", "Enhetens dagvatten", "unitId", unit,
                "words", List.of(word), "minGrant", 500000)).then().statusCode(201)
                .body("personal", equalTo(false)).body("unit.code", equalTo(code)).body("canEdit", equalTo(true))
                .extract().path("id");
        String ownWatch = applicant.post("/api/v1/call-watches", Map.of("name", "Mitt", "words", List.of(word),
                "funds", List.of("LIFE"))).then().statusCode(201).body("personal", equalTo(true)).extract().path("id");
        // The applicant does not see the unit's watch; the coordinator does not see the applicant's own.
        applicant.get("/api/v1/call-watches/{id}", unitWatch).then().statusCode(404);
        coordinator.get("/api/v1/call-watches/{id}", ownWatch).then().statusCode(404);
        // The advisors see both, and which unit watches what.
        Api.ADVISOR.get("/api/v1/call-watches?unitId=" + unit).then().statusCode(200)
                .body("name", equalTo(List.of("Enhetens dagvatten")));

        LocalDate deadline = LocalDate.now().plusMonths(3);
        String id = "LIFE-" + code;
        String file = "[" + topic(id, word + " i staden", deadline, "open") + ","
                + topic(id + "-SMALL", word + " i liten skala", deadline, "open").replace("900000", "50000") + "]";
        importJson(file).then().statusCode(200).body("created", equalTo(2));

        assertEquals(1, notices(coordinator, "CALL_MATCH", id).size(), "the big grant only: minGrant 500 000");
        assertEquals(2, notices(applicant, "CALL_MATCH", id).size(), "both calls, no minimum");
        importJson(file).then().statusCode(200).body("updated", equalTo(2));
        assertEquals(1, notices(coordinator, "CALL_MATCH", id).size(), "not again on re-import");
        assertEquals(2, notices(applicant, "CALL_MATCH", id).size());

        coordinator.get("/api/v1/call-watches/{id}/matches", unitWatch).then().statusCode(200)
                .body("identifier", equalTo(List.of(id))).body("news", equalTo(List.of(true)));
        coordinator.get("/api/v1/call-watches/{id}", unitWatch).then().body("openMatches", equalTo(1));
        coordinator.get("/api/v1/me/tasks?limit=5000").then().statusCode(200).body("items.kind", hasItem("WATCHED_CALL"));
    }

    @Test
    void aMovedDeadlineAndACancelledTopicShouldBeToldToTheApplicationsTeamOnce() {
        String code = Api.uniqueCode("CM");
        UUID unit = Api.createUnit(code, "Sökande enhet");
        Api applicant = Api.applicant(code);
        Api coordinator = Api.coordinator(code);
        coordinator.get("/api/v1/me").then().statusCode(200);
        String id = "LIFE-MOVE-" + code;
        LocalDate deadline = LocalDate.now().plusMonths(2);
        importJson("[" + topic(id, "Flyttad utlysning", deadline, "open") + "]").then().statusCode(200);
        String call = Api.ADVISOR.get("/api/v1/calls?q=" + id).then().extract().path("items[0].id");
        applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(), "callId", call, "title", "Vårt projekt"))
                .then().statusCode(201);

        LocalDate moved = deadline.plusDays(14);
        importJson("[" + topic(id, "Flyttad utlysning", moved, "open") + "]").then().statusCode(200);
        importJson("[" + topic(id, "Flyttad utlysning", moved, "open") + "]").then().statusCode(200);
        List<Map<String, Object>> told = notices(applicant, "CALL_CHANGED", id);
        assertEquals(1, told.size(), "the author is told once: " + told);
        assertTrue(((String) told.get(0).get("message")).contains("ny sista dag"), told.toString());
        assertEquals(1, notices(coordinator, "CALL_CHANGED", id).size(), "and the unit's coordinator");

        importJson("[" + topic(id, "Flyttad utlysning", moved, "cancelled") + "]").then().statusCode(200);
        importJson("[" + topic(id, "Flyttad utlysning", moved, "cancelled") + "]").then().statusCode(200);
        List<Map<String, Object>> cancelled = notices(applicant, "CALL_CHANGED", id).stream()
                .filter(n -> ((String) n.get("message")).contains("ställts in")).toList();
        assertEquals(1, cancelled.size(), notices(applicant, "CALL_CHANGED", id).toString());
        Api.ADVISOR.get("/api/v1/calls/{id}", call).then().body("status", equalTo("CLOSED"));
    }

    @Test
    void aCallChangedByHandShouldReachItsWatchersAndOnlyTheUnitOrTheOfficeKeepsAUnitsWatch() {
        String code = Api.uniqueCode("CH");
        UUID unit = Api.createUnit(code, "Handenhet");
        Api coordinator = Api.coordinator(code);
        coordinator.get("/api/v1/me").then().statusCode(200);
        UUID programme = Api.createProgramme(Api.uniqueCode("CHP"), "ESF_PLUS");
        Api.coordinator("ELSEWHERE").post("/api/v1/call-watches", Map.of("name", "Fel enhet", "unitId", unit,
                "programmeIds", List.of(programme))).then().statusCode(403).body("code", equalTo("WATCH-001"));
        coordinator.post("/api/v1/call-watches", Map.of("name", "Tomt")).then().statusCode(400)
                .body("code", equalTo("WATCH-002"));
        Api.AUDITOR.post("/api/v1/call-watches", Map.of("name", "Revisorn", "words", List.of("x"))).then().statusCode(403);
        String watch = Api.ADVISOR.post("/api/v1/call-watches", Map.of("name", "ESF+ för enheten", "unitId", unit,
                "programmeIds", List.of(programme))).then().statusCode(201).extract().path("id");

        String identifier = Api.uniqueCode("ESF-HAND");
        Api.createCall(programme, identifier, "Kompetensförsörjning", 60, null);
        assertEquals(1, notices(coordinator, "CALL_MATCH", identifier).size());

        Response current = coordinator.get("/api/v1/call-watches/{id}", watch);
        coordinator.put("/api/v1/call-watches/{id}", "\"" + current.path("version") + "\"", Map.of("name", "Omdöpt",
                "unitId", unit, "programmeIds", List.of(programme)), watch).then().statusCode(200).body("name", equalTo("Omdöpt"));
        coordinator.put("/api/v1/call-watches/{id}", "\"0\"", Map.of("name", "Gammal", "unitId", unit,
                "programmeIds", List.of(programme)), watch).then().statusCode(412);
        Api.ADVISOR.get("/api/v1/call-watches/{id}/history", watch).then().statusCode(200);
        coordinator.delete("/api/v1/call-watches/{id}", "\"1\"", watch).then().statusCode(204);
    }

    @Test
    void aWatcherWhoChoseTheDigestShouldGetTheMatchInTheMorningNotAtOnce() {
        String code = Api.uniqueCode("CD");
        Api applicant = Api.applicant(code);
        Api.createUnit(code, "Sammanfattande enhet");
        applicant.put("/api/v1/notifications/preferences", null, List.of(Map.of("kind", "CALL_MATCH", "delivery", "DIGEST")))
                .then().statusCode(200);
        String word = "Sammanfattning" + code.substring(3);
        applicant.post("/api/v1/call-watches", Map.of("name", "Morgon", "words", List.of(word))).then().statusCode(201);
        String id = "LIFE-DIGEST-" + code;
        importJson("[" + topic(id, word + " i naturen", LocalDate.now().plusMonths(2), "open") + "]").then().statusCode(200);
        assertEquals(0, notices(applicant, "CALL_MATCH", id).size(), "not at once");

        reminders.runDigest(Instant.now());
        assertEquals(1, notices(applicant, "CALL_MATCH", id).size(), "in the digest");
        reminders.runDigest(Instant.now());
        assertEquals(1, notices(applicant, "CALL_MATCH", id).size(), "once");
    }
}
