package se.sodertalje.euportal.workplan;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.support.Api;

/**
 * A work plan of this year bound to the portfolio of a unit of its own: the follow-up's figures are
 * the portfolio's at the moment it is recorded, and a reported follow-up keeps them when data changes.
 */
@QuarkusTest
class WorkPlanResourceTest {

    @Inject
    EntityManager em;

    private static JsonPath json(Response response) {
        return new JsonPath(response.asString()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static String pdfText(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static BigDecimal n(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }

    /** The plan year is this one (the portfolio counts ideas by their creation year): earlier runs' plan goes. */
    private void clear(int year) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from work_plan_follow_up where plan_id in (select id from work_plan where year = ?1)")
                    .setParameter(1, year).executeUpdate();
            em.createNativeQuery("delete from work_plan where year = ?1").setParameter(1, year).executeUpdate();
            em.createNativeQuery("delete from office_financing where year = ?1").setParameter(1, year).executeUpdate();
        });
    }

    private static String idea(String code, UUID unit, String title) {
        return Api.applicant(code).post("/api/v1/ideas", Map.of("unitId", unit.toString(), "title", title))
                .then().statusCode(201).extract().path("id");
    }

    private static void screen(String idea) {
        Api.ADMIN.put("/api/v1/ideas/{id}/screening", "\"0\"", Map.of("investigated", true, "programmeIds", List.of(),
                "callIds", List.of(), "outcome", "NOT_WORTH_APPLYING", "reason", "För litet"), idea).then().statusCode(200);
    }

    private static void step(Api who, String id, Map<String, Object> body) {
        String etag = Api.ADVISOR.get("/api/v1/applications/{id}", id).header("ETag");
        who.request().contentType("application/json").header("If-Match", etag).body(body)
                .post("/api/v1/applications/{id}/transitions", id).then().statusCode(200);
    }

    private static Map<String, Object> indicator(String name, String measure, String target, Map<String, Object> binding) {
        Map<String, Object> i = new HashMap<>();
        i.put("name", name);
        i.put("measure", measure);
        if (target != null) {
            i.put("target", new BigDecimal(target));
        }
        if (binding != null) {
            i.put("binding", binding);
        }
        return i;
    }

    private static Map<String, Object> bound(String figure, UUID unit) {
        Map<String, Object> b = new HashMap<>();
        b.put("figure", figure);
        if (unit != null) {
            b.put("unitId", unit.toString());
        }
        return b;
    }

    private static Map<String, Object> financing(String municipal, String companies, String project, String target) {
        return Map.of("municipalGrant", new BigDecimal(municipal), "companyGrants", new BigDecimal(companies),
                "projectIncome", new BigDecimal(project), "targetPercent", new BigDecimal(target));
    }

    @Test
    void boundIndicatorsShouldBeThePortfolioFiguresWhenRecordedAndStayOnceReported() throws java.io.IOException {
        int year = Year.now(Clocks.STOCKHOLM).getValue();
        clear(year);
        String code = Api.uniqueCode("WP");
        UUID unit = Api.createUnit(code, "Arbetsplan " + code);
        String first = idea(code, unit, "Idé ett");
        String second = idea(code, unit, "Idé två");
        screen(first);
        String application = Api.readyDraft(Api.applicant(code), unit, "Arbetsplanens ansökan");
        step(Api.coordinator(code), application, Map.of("action", "APPROVE_FOR_UNIT"));
        step(Api.ADVISOR, application, Map.of("action", "START_REVIEW"));
        step(Api.ADVISOR, application, Map.of("action", "CLEAR_FOR_SUBMISSION", "comment", "Klar"));
        step(Api.ADVISOR, application, Map.of("action", "SUBMIT", "funderReference", "WP-1",
                "submittedOn", LocalDate.now(Clocks.STOCKHOLM).toString()));
        Api.ADVISOR.put("/api/v1/office-financing/{y}", null, financing("1234567.89", "250000.10", "765432.01", "40.00"),
                year).then().statusCode(201).body("total", equalTo(2250000.00f))
                .body("projectFinancedSharePercent", equalTo(34.02f)).body("projectIncomeAtTarget", equalTo(900000.00f));

        Map<String, Object> goal = Map.of("title", "Fler ansökningar om EU-medel",
                "budgetGoal", "Södertälje kommun använder EU:s fonder för att utveckla verksamheten",
                "activities", List.of(Map.of("what", "Utbilda samordnare", "responsible", "Ada Ahlström",
                        "start", year + "-02-01", "end", year + "-05-31", "status", "STARTED")),
                "indicators", List.of(indicator("Idéer prövade", "PERCENT", "80.00", bound("SCREENING_RATE", unit)),
                        indicator("Inskickade ansökningar", "COUNT", "3", bound("APPLICATIONS_SUBMITTED", unit)),
                        indicator("Sökta EU-medel", "SEK", "1000000.00", bound("EU_APPLIED_FOR", unit)),
                        indicator("Projektfinansierad andel", "PERCENT", "40.00", bound("PROJECT_FINANCED_SHARE", null)),
                        indicator("Utbildningar", "COUNT", "4", null)));
        Map<String, Object> plan = Map.of("year", year, "title", "Arbetsplan " + year, "goals", List.of(goal));
        JsonPath created = json(Api.ADVISOR.post("/api/v1/work-plans", plan).then().statusCode(201).extract().response());
        Api.ADVISOR.post("/api/v1/work-plans", plan).then().statusCode(409).body("code", equalTo("WORKPLAN-001"));
        String activity = created.getString("goals[0].activities[0].id");
        String manual = created.getString("goals[0].indicators[4].id");
        assertEquals("PERCENT", created.getString("goals[0].indicators[0].measure"));

        Map<String, Object> entries = Map.of("activities", List.of(Map.of("activityId", activity, "status", "ON_TRACK",
                "comment", "Två av tre utbildningar hållna")), "manualValues", List.of(Map.of("indicatorId", manual,
                "value", new BigDecimal("2"))));
        Response recorded = Api.ADVISOR.post("/api/v1/work-plans/{y}/follow-ups/T1", entries, year).then().statusCode(201)
                .extract().response();
        JsonPath portfolio = json(Api.ADVISOR.get("/api/v1/dashboard/portfolio?unitId=" + unit + "&yearFrom=" + year
                + "&yearTo=" + year).then().statusCode(200).extract().response());
        JsonPath t1 = json(recorded);
        // The worked example: two ideas, one screened = 50.00 %; one application submitted; EU money as the portfolio has it.
        assertEquals(new BigDecimal("50.00"), n(t1, "content.goals[0].indicators[0].value"));
        assertEquals(n(portfolio, "screening.total.ratePercent"), n(t1, "content.goals[0].indicators[0].value"));
        assertEquals(new BigDecimal("1"), n(t1, "content.goals[0].indicators[1].value"));
        assertEquals(n(portfolio, "total.euAppliedFor"), n(t1, "content.goals[0].indicators[2].value"));
        assertEquals(new BigDecimal("34.02"), n(t1, "content.goals[0].indicators[3].value"));
        assertEquals(new BigDecimal("2"), n(t1, "content.goals[0].indicators[4].value"));
        assertEquals("ON_TRACK", t1.getString("content.goals[0].activities[0].status"));
        assertNull(t1.get("content.goals[0].indicators[0].trend"));

        // The board report: Swedish by default, English on request; each download in the export log.
        byte[] pdf = Api.AUDITOR.raw().accept("application/pdf, application/problem+json")
                .get("/api/v1/work-plans/{y}/follow-ups/T1/board-report.pdf", year).then().statusCode(200)
                .extract().asByteArray();
        String text = pdfText(pdf);
        assertTrue(text.contains("Arbetsplan " + year + " – uppföljning T1"), text);
        assertTrue(text.contains("Fler ansökningar om EU-medel"), text);
        assertTrue(text.contains("50 %") || text.contains("50,00 %") || text.contains("50 %"), text);
        assertTrue(text.contains("34,02 %"), text);
        assertTrue(text.contains("Enligt plan"), text);
        // When the follow-up was recorded: Stockholm's time with its zone, as every document says it.
        assertTrue(java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d CES?T, ").matcher(text).find(), text);
        String english = pdfText(Api.AUDITOR.raw().accept("application/pdf, application/problem+json")
                .header("Accept-Language", "en-GB,en;q=0.9").get("/api/v1/work-plans/{y}/follow-ups/T1/board-report.pdf",
                        year).then().statusCode(200).extract().asByteArray());
        assertTrue(english.contains("Work plan " + year + " – follow-up T1") && english.contains("34.02 %"), english);
        byte[] docx = Api.ADVISOR.raw().accept(WorkPlanResource.DOCX + ", application/problem+json")
                .get("/api/v1/work-plans/{y}/follow-ups/T1/board-report.docx?lang=sv", year).then().statusCode(200)
                .extract().asByteArray();
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
            String words = extractor.getText();
            assertTrue(words.contains("Fler ansökningar om EU-medel") && words.contains("34,02 %"), words);
            assertEquals(1, word.getAllPictures().size());
        }
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target", "board-report-t1.pdf"), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long logged = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from"
                + " export_log where resource like ?1").setParameter(1, "/api/v1/work-plans/" + year
                + "/follow-ups/T1/board-report.%").getSingleResult()).longValue());
        assertEquals(3, logged);

        String etag = recorded.header("ETag");
        Api.ADVISOR.request().post("/api/v1/work-plans/{y}/follow-ups/T1/reported", year).then().statusCode(428);
        Api.ADVISOR.request().header("If-Match", etag).post("/api/v1/work-plans/{y}/follow-ups/T1/reported", year)
                .then().statusCode(200).body("reported", equalTo(true)).body("reportedByName", equalTo("Test ada.advisor"));

        // The data changes after the report: the second idea is screened, the financing is corrected.
        screen(second);
        String financingTag = Api.ADVISOR.get("/api/v1/office-financing/{y}", year).header("ETag");
        Api.ADVISOR.put("/api/v1/office-financing/{y}", financingTag, financing("1000000.00", "0.00", "1000000.00",
                "40.00"), year).then().statusCode(200).body("projectFinancedSharePercent", equalTo(50.00f));
        Api.ADVISOR.get("/api/v1/dashboard/portfolio?unitId=" + unit + "&yearFrom=" + year + "&yearTo=" + year)
                .then().body("screening.total.ratePercent", equalTo(100.00f));
        JsonPath frozen = json(Api.AUDITOR.get("/api/v1/work-plans/{y}/follow-ups/T1", year).then().statusCode(200)
                .extract().response());
        assertEquals(new BigDecimal("50.00"), n(frozen, "content.goals[0].indicators[0].value"));
        assertEquals(new BigDecimal("34.02"), n(frozen, "content.goals[0].indicators[3].value"));
        String frozenTag = Api.ADVISOR.get("/api/v1/work-plans/{y}/follow-ups/T1", year).header("ETag");
        Api.ADVISOR.put("/api/v1/work-plans/{y}/follow-ups/T1", frozenTag, entries, year).then().statusCode(409)
                .body("code", equalTo("WORKPLAN-004"));

        // T2 is computed anew, with the trend against T1.
        JsonPath t2 = json(Api.ADVISOR.post("/api/v1/work-plans/{y}/follow-ups/T2", entries, year).then().statusCode(201)
                .extract().response());
        assertEquals(new BigDecimal("100.00"), n(t2, "content.goals[0].indicators[0].value"));
        assertEquals(new BigDecimal("50.00"), n(t2, "content.goals[0].indicators[0].previous"));
        assertEquals("UP", t2.getString("content.goals[0].indicators[0].trend"));
        assertEquals(new BigDecimal("50.00"), n(t2, "content.goals[0].indicators[3].value"));
        assertEquals("SAME", t2.getString("content.goals[0].indicators[4].trend"));

        // History: the plan's creation and the follow-ups' changes.
        Api.AUDITOR.get("/api/v1/work-plans/{y}/history", year).then().statusCode(200);
    }

    @Test
    void eventFiguresShouldBeTheEventStatisticsOfThePlanYear() {
        int year = 2997;
        clear(year);
        Map<String, Object> event = new HashMap<>(Map.of("title", "Arbetsplanens utbildning", "kind", "TRAINING",
                "startsAt", year + "-03-10T09:00:00", "endsAt", year + "-03-10T12:00:00", "place", "Stadshuset",
                "audience", "ALL", "organiser", "Internationella kontoret", "capacity", 10));
        String eventId = Api.ADVISOR.post("/api/v1/events", event).then().statusCode(201).extract().path("id");
        for (String unitCode : List.of("UTB", "SOC")) {
            Api member = new Api(se.sodertalje.euportal.support.Tokens.of(Api.uniqueCode("wpev"), List.of(unitCode), "applicant"));
            member.get("/api/v1/me").then().statusCode(200);
            member.request().post("/api/v1/events/{id}/registrations", eventId).then().statusCode(201);
        }
        Map<String, Object> goal = Map.of("title", "Kunskap om EU-arbetet", "budgetGoal", "Kompetensförsörjning",
                "activities", List.of(), "indicators", List.of(indicator("Hållna", "COUNT", "4", bound("EVENTS_HELD", null)),
                        indicator("Deltagare", "COUNT", "60", bound("EVENT_PARTICIPANTS", null)),
                        indicator("Enheter", "COUNT", "10", bound("EVENT_UNITS_REACHED", null))));
        Api.ADVISOR.post("/api/v1/work-plans", Map.of("year", year, "title", "Arbetsplan " + year, "goals", List.of(goal)))
                .then().statusCode(201);
        JsonPath t1 = json(Api.ADVISOR.post("/api/v1/work-plans/{y}/follow-ups/T1", Map.of("activities", List.of(),
                "manualValues", List.of()), year).then().statusCode(201).extract().response());
        JsonPath statistics = json(Api.ADVISOR.get("/api/v1/events/statistics?fromYear=" + year + "&toYear=" + year)
                .then().statusCode(200).extract().response());
        assertEquals(n(statistics, "[0].events"), n(t1, "content.goals[0].indicators[0].value"));
        assertEquals(n(statistics, "[0].participants"), n(t1, "content.goals[0].indicators[1].value"));
        assertEquals(n(statistics, "[0].unitsReached"), n(t1, "content.goals[0].indicators[2].value"));
        assertTrue(n(t1, "content.goals[0].indicators[1].value").compareTo(new BigDecimal("2")) >= 0,
                "at least the two who took a seat this run");
    }

    @Test
    void aBindingShouldBeNarrowedOnlyByFiltersItsFigureHonours() {
        Map<String, Object> binding = new HashMap<>(bound("SCREENING_RATE", null));
        binding.put("fund", "ERDF");
        Map<String, Object> plan = Map.of("year", 2998, "title", "Fel", "goals", List.of(Map.of("title", "Mål",
                "budgetGoal", "Mål och budget", "activities", List.of(), "indicators",
                List.of(indicator("Prövade", "PERCENT", "80", binding)))));
        Api.ADVISOR.post("/api/v1/work-plans", plan).then().statusCode(400)
                .body("errors[0].code", equalTo("WORKPLAN-006"));
        Api.ADVISOR.get("/api/v1/work-plans/figures").then().statusCode(200)
                .body("find { it.figure == 'SCREENING_RATE' }.filters", equalTo(List.of("UNIT")));
    }
}
