package se.sodertalje.euportal.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Tokens;

/** The to-do list of each role on {@link TaskFixture}'s known contents: exact items, counts, scope and order. */
@QuarkusTest
class TaskListTest {

    private static TaskFixture f;

    @Inject
    EntityManager em;

    @BeforeEach
    void fixture() {
        if (f == null) {
            f = new TaskFixture(em);
        }
    }

    private static List<Map<String, Object>> items(Api who, String sort) {
        return who.request().queryParam("sort", sort == null ? "" : sort).queryParam("limit", TaskList.MAX_LIMIT)
                .get("/api/v1/me/tasks").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    /** "KIND id" of each task, in the list's order. */
    @SuppressWarnings("unchecked")
    private static List<String> keys(List<Map<String, Object>> items) {
        return items.stream().map(t -> t.get("kind") + " " + ((Map<String, Object>) t.get("record")).get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static String unitId(Map<String, Object> task) {
        Map<String, Object> unit = (Map<String, Object>) task.get("unit");
        return unit == null ? null : (String) unit.get("id");
    }

    private static String key(String kind, Object id) {
        return kind + " " + id;
    }

    @Test
    void anApplicantShouldSeeTheirOwnDraftsReturnsDeadlinesAndReportsInDueOrder() {
        String p = f.project.projectId();
        assertEquals(List.of(key("REPORT_DUE", p), key("REPORT_DUE", p), key("APPLICATION_RETURNED", f.returned),
                key("CALL_CLOSING", f.d3), key("CALL_CLOSING", f.returned), key("REPORT_RETURNED", f.report1),
                key("DRAFT_INCOMPLETE", f.d1)), keys(items(f.anna, null)));

        var body = f.anna.get("/api/v1/me/tasks").then().statusCode(200).extract().jsonPath();
        assertEquals(7, body.getInt("total"));
        Map<String, Integer> counts = new LinkedHashMap<>();
        body.getList("counts", Map.class).forEach(c -> counts.put((String) c.get("kind"), (Integer) c.get("count")));
        assertEquals(Map.of("DRAFT_INCOMPLETE", 1, "APPLICATION_RETURNED", 1, "REPORT_RETURNED", 1, "REPORT_DUE", 2,
                "CALL_CLOSING", 2), counts);
    }

    @Test
    void eachTaskShouldSayWhyItWaitsWithCodesAndWhereToActOnIt() {
        var body = f.anna.get("/api/v1/me/tasks").then().statusCode(200).extract().jsonPath();
        assertEquals("/applications/" + f.d1 + "/edit", body.getString("items[6].record.link"));
        assertEquals(List.of("callId", "periodStart", "periodEnd", "acronym", "summary", "budget"),
                body.getList("items[6].missing.field"), "the checklist's blocking items, content first");
        assertEquals("READINESS-001", body.getString("items[6].missing[0].code"));
        assertEquals("BUDGET-017", body.getString("items[6].missing[5].code"));
        assertEquals(f.code, body.getString("items[6].unit.code"));

        assertEquals("REPORTS_DUE", body.getString("items[0].reason.code"));
        assertEquals("1", body.getString("items[0].reason.params.period"));
        assertEquals("FINANCIAL,PROGRESS", body.getString("items[0].reason.params.reports"));
        assertEquals("0", body.getString("items[0].reason.params.daysLeft"));
        assertEquals(f.today.toString(), body.getString("items[0].due"));
        assertEquals("/projects/" + f.project.projectId() + "#schedule-title", body.getString("items[0].record.link"));
        assertEquals("FINANCIAL", body.getString("items[1].reason.params.reports"));

        assertEquals("RETURNED", body.getString("items[2].reason.code"));
        assertEquals("Komplettera målgruppen", body.getString("items[2].reason.params.comment"));
        assertEquals("/applications/" + f.returned + "#timeline-title", body.getString("items[2].record.link"));
        assertEquals(f.today.plusDays(40).toString(), body.getString("items[3].due"));
        assertEquals("40", body.getString("items[3].reason.params.daysLeft"));
        assertEquals("Beskriv avvikelserna", body.getString("items[5].reason.params.comment"));
        assertEquals(2, body.getInt("items[5].ageDays"));
    }

    @Test
    void anotherApplicantOfTheUnitShouldSeeOnlyTheirOwnDraft() {
        Api kim = new Api(Tokens.of("kim-" + f.code, List.of(f.code), "applicant"));
        assertEquals(List.of(key("DRAFT_INCOMPLETE", f.d2), key("CALL_CLOSING", f.d2)), keys(items(kim, null)));
    }

    @Test
    void aCoordinatorShouldSeeTheWholeUnitsWorkApprovalsAndTheMissingCoordinator() {
        String p = f.project.projectId();
        assertEquals(List.of(key("REPORT_DUE", p), key("DRAFT_INCOMPLETE", f.d2), key("CALL_CLOSING", f.d2),
                key("REPORT_DUE", p), key("AWAITING_UNIT_APPROVAL", f.d3), key("APPLICATION_RETURNED", f.returned),
                key("READY_TO_SUBMIT", f.ready), key("CALL_CLOSING", f.d3), key("CALL_CLOSING", f.returned),
                key("REPORT_RETURNED", f.report1), key("DRAFT_INCOMPLETE", f.d1),
                key("UNIT_WITHOUT_COORDINATOR", f.unit)), keys(items(f.cora, null)));
    }

    @Test
    void aCoordinatorOfAnotherUnitShouldNeverSeeThisUnitsRecords() {
        assertEquals(List.of(key("DRAFT_INCOMPLETE", f.otherDraft)), keys(items(f.otherCoordinator, null)));
    }

    @Test
    void anAdvisorShouldSeeTheOfficesWorkAcrossUnitsAndNoDrafts() {
        List<Map<String, Object>> all = items(Api.ADVISOR, null);
        Set<String> ours = new java.util.HashSet<>(List.of(f.unit.toString(), f.thirdUnit.toString()));
        List<String> fixture = keys(all.stream().filter(t -> ours.contains(unitId(t))).toList());
        assertEquals(Set.of(key("AWAITING_REVIEW", f.approved), key("READY_TO_SUBMIT", f.ready),
                key("REPORT_AWAITING_REVIEW", f.report2), key("PAYMENT_OVERDUE", f.claim3),
                key("REPORT_DUE_THIS_WEEK", f.project.projectId())), Set.copyOf(fixture));
        assertEquals(5, fixture.size());
        List<String> keys = keys(all);
        assertTrue(keys.contains(key("CALL_NOT_STARTED", f.c1)), "the untouched call closing in 10 days");
        assertTrue(!keys.contains(key("CALL_NOT_STARTED", f.c2)) && !keys.contains(key("CALL_NOT_STARTED", f.c3)),
                "calls with applications, or closing later than 30 days, are not listed");
        Map<String, Object> overdue = all.stream().filter(t -> t.get("kind").equals("PAYMENT_OVERDUE")
                && keys(List.of(t)).get(0).endsWith(f.claim3.toString())).findFirst().orElseThrow();
        assertEquals(100, overdue.get("ageDays"));
        assertEquals(f.today.minusDays(100).toString(), ((Map<?, ?>) overdue.get("reason")).get("params") instanceof Map<?, ?> m
                ? m.get("sentOn") : null);
    }

    @Test
    void countsShouldMatchTheItemsForEveryRole() {
        for (Api who : List.of(Api.ADVISOR, Api.AUDITOR, Api.ADMIN, f.cora, f.anna)) {
            var body = who.get("/api/v1/me/tasks?limit=" + TaskList.MAX_LIMIT).then().statusCode(200).extract().jsonPath();
            List<String> kinds = body.getList("items.kind");
            Map<String, Long> expected = kinds.stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
            Map<String, Long> counts = new LinkedHashMap<>();
            body.getList("counts", Map.class).forEach(c -> counts.put((String) c.get("kind"),
                    ((Integer) c.get("count")).longValue()));
            assertEquals(expected, counts);
            assertEquals(kinds.size(), body.getInt("total"));
        }
    }

    @Test
    void anAuditorShouldSeeProjectsClosedInTheLast90Days() {
        List<Map<String, Object>> all = items(Api.AUDITOR, null);
        Set<String> ours = new java.util.HashSet<>(List.of(f.unit.toString(), f.thirdUnit.toString(),
                f.otherUnit.toString()));
        assertEquals(List.of(key("PROJECT_CLOSED", f.closedRecently)),
                keys(all.stream().filter(t -> ours.contains(unitId(t))).toList()));
        assertTrue(all.stream().allMatch(t -> t.get("kind").equals("PROJECT_CLOSED")));
    }

    @Test
    void anAdminShouldSeeTheUnitsWithoutACoordinator() {
        List<String> keys = keys(items(Api.ADMIN, null));
        assertTrue(keys.contains(key("UNIT_WITHOUT_COORDINATOR", f.unit)));
        assertTrue(keys.contains(key("UNIT_WITHOUT_COORDINATOR", f.thirdUnit)));
        assertTrue(!keys.contains(key("UNIT_WITHOUT_COORDINATOR", f.otherUnit)), "V has an active coordinator");
    }

    @Test
    void aUserOfSeveralRolesShouldGetTheUnionOnce() {
        Api both = new Api(Tokens.of("both-" + f.code, List.of(f.code), "coordinator", "applicant", "advisor"));
        List<Map<String, Object>> items = items(both, null);
        List<String> keys = keys(items);
        List<String> withDue = items.stream().map(t -> keys(List.of(t)).get(0) + " " + t.get("due")).toList();
        assertEquals(withDue.size(), Set.copyOf(withDue).size(), "no duplicates: " + withDue);
        assertEquals(1, keys.stream().filter(k -> k.equals(key("READY_TO_SUBMIT", f.ready))).count());
        Set<String> expected = new java.util.HashSet<>(keys(items(f.cora, null)));
        expected.addAll(keys(items(Api.ADVISOR, null)));
        assertEquals(expected, Set.copyOf(keys));
    }

    @Test
    void theSortParameterShouldOverrideTheOrder() {
        List<Map<String, Object>> newest = items(f.anna, "-since");
        assertEquals(key("APPLICATION_RETURNED", f.returned), keys(newest).get(0));
        List<String> since = newest.stream().map(t -> (String) t.get("since")).toList();
        List<String> known = since.stream().filter(java.util.Objects::nonNull).toList();
        assertEquals(known.stream().map(java.time.Instant::parse).sorted(java.util.Comparator.reverseOrder()).toList(),
                known.stream().map(java.time.Instant::parse).toList(), "newest first");
        assertEquals(known, since.subList(0, known.size()), "those without a start last");
        List<String> byKind = keys(items(f.anna, "kind,due"));
        assertEquals(key("DRAFT_INCOMPLETE", f.d1), byKind.get(0));
        f.anna.request().queryParam("sort", "colour").get("/api/v1/me/tasks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("sort"));
    }

    @Test
    void aLimitShouldKeepTheFirstTasksOfEachKindWithEveryCountAndAKindShouldFetchTheRest() {
        var body = f.anna.request().queryParam("limit", 1).get("/api/v1/me/tasks").then().statusCode(200)
                .extract().jsonPath();
        String p = f.project.projectId();
        assertEquals(List.of(key("REPORT_DUE", p), key("APPLICATION_RETURNED", f.returned), key("CALL_CLOSING", f.d3),
                key("REPORT_RETURNED", f.report1), key("DRAFT_INCOMPLETE", f.d1)), keys(body.getList("items")),
                "the first of each kind, in the list's order");
        assertEquals(7, body.getInt("total"), "the total counts what was left out");
        assertEquals(1, body.getInt("limit"));
        assertEquals(List.of(2), body.getList("counts.findAll { it.kind == 'CALL_CLOSING' }.count"));

        var rest = f.anna.request().queryParam("kind", "CALL_CLOSING").get("/api/v1/me/tasks").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(key("CALL_CLOSING", f.d3), key("CALL_CLOSING", f.returned)), keys(rest.getList("items")));
        assertEquals(7, rest.getInt("total"));

        for (String limit : List.of("0", "5001", "many")) {
            f.anna.request().queryParam("limit", limit).get("/api/v1/me/tasks").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        f.anna.request().queryParam("kind", "NO_SUCH_KIND").get("/api/v1/me/tasks").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
