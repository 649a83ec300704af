package se.sodertalje.euportal.library;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Projects;

/**
 * The results library: an accepted final report publishes its results and lessons; parts the unit
 * keeps internal are hidden from other units (shown and searched); Swedish stemming; the past
 * project closest to a new idea or application ranks first.
 */
@QuarkusTest
class LibraryTest {

    /** A granted project of a new unit whose final report, with these texts, is submitted and accepted. */
    record Published(String code, UUID unit, Api applicant, Projects.Granted project, String resultId) {
    }

    static Published publish(String title, Map<String, Object> content) {
        String code = Api.uniqueCode("LB");
        UUID unit = Api.createUnit(code, "Biblioteksenheten " + code);
        Api applicant = Api.applicant(code);
        UUID programme = Api.createProgramme(Api.uniqueCode("LP"), "ESF_PLUS");
        String call = Api.createCall(programme, Api.uniqueCode("LB-CALL"), "Biblioteksutlysning", 30, null);
        Projects.Granted project = Projects.granted(code, unit, call, title);
        String report = applicant.post("/api/v1/projects/{id}/reports", Map.of("kind", "FINAL"), project.projectId())
                .then().statusCode(201).extract().path("id");
        String etag = applicant.get("/api/v1/reports/{id}", report).header("ETag");
        Map<String, Object> body = new HashMap<>(Map.of("deliverables", List.of(), "indicators", List.of()));
        body.putAll(content);
        etag = applicant.put("/api/v1/reports/{id}", etag, body, report).then().statusCode(200).extract().header("ETag");
        step(applicant, report, etag, "SUBMIT");
        // Nothing is published before the advisor accepts.
        Api.ADVISOR.get("/api/v1/results?unitId={u}", unit).then().statusCode(200).body("total", equalTo(0));
        step(Api.ADVISOR, report, Api.ADVISOR.get("/api/v1/reports/{id}", report).header("ETag"), "ACCEPT");
        String result = Api.ADVISOR.get("/api/v1/results?unitId={u}", unit).then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].id");
        return new Published(code, unit, applicant, project, result);
    }

    private static void step(Api who, String report, String etag, String action) {
        who.request().contentType("application/json").header("If-Match", etag).body(Map.of("action", action))
                .post("/api/v1/reports/{id}/transitions", report).then().statusCode(200);
    }

    private static Map<String, Object> texts(String results, String worked, String advice, List<String> internal) {
        Map<String, Object> content = new HashMap<>();
        content.put("results", results);
        content.put("evaluation", "Extern utvärdering visade goda resultat.");
        content.put("dissemination", "Spridning via seminarier och kommunens webb.");
        content.put("lessonsWorked", worked);
        content.put("lessonsToAvoid", "Undvik för korta rekryteringsperioder.");
        content.put("advice", advice);
        content.put("internalParts", internal);
        return content;
    }

    @Test
    void anAcceptedFinalReportIsPublishedAndItsInternalPartsAreHiddenFromOtherUnits() {
        Published p = publish("Svetsutbildning för nyanlända", texts(
                "Fyrtio deltagare fullföljde en utbildning i svetsning och tjugo fick arbete.",
                "Handledare på arbetsplatsen gjorde skillnad.",
                "Budgetera för tolkning hemlighetsfull", List.of("ADVICE")));
        UUID project = UUID.fromString(p.project().projectId());

        // The unit and the International Office see everything; the key figures come from the project.
        p.applicant().get("/api/v1/results/{id}", p.resultId()).then().statusCode(200)
                .body("projectId", equalTo(project.toString())).body("title", equalTo("Svetsutbildning för nyanlända"))
                .body("advice", equalTo("Budgetera för tolkning hemlighetsfull")).body("hiddenParts", equalTo(List.of()))
                .body("internalParts", contains("ADVICE")).body("euAmount", equalTo(4000.0f)).body("partners", equalTo(1))
                .body("periodStart", equalTo("2026-01-01")).body("periodEnd", equalTo("2027-12-31")).body("year", equalTo(2027))
                .body("fund", equalTo("ESF_PLUS")).body("topics", contains("urban mobility", "climate"))
                .body("editable", equalTo(true));
        Api.AUDITOR.get("/api/v1/results/{id}", p.resultId()).then().body("advice", equalTo("Budgetera för tolkning hemlighetsfull"));

        // Another unit: the internal part is neither shown nor found.
        String other = Api.uniqueCode("LO");
        Api.createUnit(other, "Annan enhet");
        Api otherApplicant = Api.applicant(other);
        otherApplicant.get("/api/v1/results/{id}", p.resultId()).then().statusCode(200)
                .body("advice", nullValue()).body("hiddenParts", contains("ADVICE"))
                .body("lessonsWorked", equalTo("Handledare på arbetsplatsen gjorde skillnad.")).body("editable", equalTo(false));
        otherApplicant.get("/api/v1/results?q=hemlighetsfull").then().statusCode(200)
                .body("items.id", not(hasItem(p.resultId())));
        p.applicant().get("/api/v1/results?q=hemlighetsfull").then().statusCode(200).body("items.id", hasItem(p.resultId()));
        otherApplicant.get("/api/v1/results?unitId={u}", p.unit()).then().body("items[0].lesson",
                equalTo("Handledare på arbetsplatsen gjorde skillnad."));

        // Only the unit (or the International Office) changes what is internal, with If-Match.
        String etag = p.applicant().get("/api/v1/results/{id}", p.resultId()).header("ETag");
        otherApplicant.put("/api/v1/results/{id}/visibility", etag, Map.of("internalParts", List.of()), p.resultId())
                .then().statusCode(403).body("code", equalTo("LIBRARY-001"));
        p.applicant().put("/api/v1/results/{id}/visibility", null, Map.of("internalParts", List.of()), p.resultId())
                .then().statusCode(428);
        p.applicant().put("/api/v1/results/{id}/visibility", etag, Map.of("internalParts", List.of("RESULTS", "RESULTS")),
                p.resultId()).then().statusCode(200).body("internalParts", contains("RESULTS"));
        otherApplicant.get("/api/v1/results/{id}", p.resultId()).then().body("advice", equalTo("Budgetera för tolkning hemlighetsfull"))
                .body("results", nullValue()).body("hiddenParts", contains("RESULTS"));
        p.applicant().put("/api/v1/results/{id}/visibility", etag, Map.of("internalParts", List.of()), p.resultId())
                .then().statusCode(412);
        p.applicant().put("/api/v1/results/{id}/visibility", etag, Map.of("internalParts", List.of("NOPE")), p.resultId())
                .then().statusCode(400);
        Api.ADVISOR.get("/api/v1/results/{id}/history", p.resultId()).then().statusCode(200);
    }

    @Test
    void swedishSearchStemsAndFilters() {
        Published p = publish("Digitala verktyg i äldreomsorgen", texts(
                "Personalen fick en utbildning i välfärdsteknik och nya rutiner.", "Korta moduler.", "Börja i tid.",
                List.of()));
        Api.ADVISOR.get("/api/v1/results?q=utbildningar&unitId={u}", p.unit()).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(p.resultId()));
        Api.ADVISOR.get("/api/v1/results?q=äldreomsorg&fund=ESF_PLUS&year=2027&theme=climate&unitId={u}", p.unit())
                .then().body("total", equalTo(1));
        Api.ADVISOR.get("/api/v1/results?q=utbildningar&year=2020&unitId={u}", p.unit()).then().body("total", equalTo(0));
        Api.ADVISOR.get("/api/v1/results?q=utbildningar&fund=ERDF&unitId={u}", p.unit()).then().body("total", equalTo(0));
        Api.ADVISOR.get("/api/v1/results?q=utbildningar&theme=housing&unitId={u}", p.unit()).then().body("total", equalTo(0));
        // Bad input is a problem, never a 500.
        Api.ADVISOR.get("/api/v1/results?q=\"(&year=3000").then().statusCode(400);
        Api.ADVISOR.get("/api/v1/results?q=!!:*&|").then().statusCode(200);
    }

    @Test
    void theObviousNeighbourOfANewIdeaAndApplicationRanksFirst() {
        Published bees = publish("Stadsbin på skolgårdar", texts("Bikupor på tolv skolgårdar, pollinering och honung.",
                "Eleverna skötte bikuporna själva.", "Ta hjälp av biodlarföreningen.", List.of()));
        publish("Solpaneler på kommunens tak", texts("Solceller på fem förskolor sänkte elkostnaden.",
                "Upphandling tidigt.", "Räkna med nätbolagets väntetider.", List.of()));
        Api applicant = bees.applicant();
        Map<String, Object> idea = new HashMap<>(Map.of("unitId", bees.unit().toString(), "title", "Bikupor och stadsbin",
                "description", "Vi vill sätta bikupor på skolgårdar så att eleverna lär sig om pollinering.",
                "estimatedCost", 100000, "startDate", "2027-01-01", "endDate", "2027-12-31"));
        String ideaId = applicant.post("/api/v1/ideas", idea).then().statusCode(201).extract().path("id");
        applicant.get("/api/v1/results/similar?ideaId=" + ideaId).then().statusCode(200)
                .body("[0].id", equalTo(bees.resultId())).body("[0].lesson", equalTo("Ta hjälp av biodlarföreningen."));

        String application = applicant.post("/api/v1/applications", Map.of("unitId", bees.unit().toString(),
                "callId", Api.createCall(Api.createProgramme(Api.uniqueCode("LA"), "ERDF"), Api.uniqueCode("LA-C"),
                        "Grön stad", 30, null), "title", "Pollinerande skolgårdar",
                "summary", "Bikupor och stadsbin på skolgårdar.", "periodStart", "2027-01-01", "periodEnd", "2028-12-31"))
                .then().statusCode(201).extract().path("id");
        applicant.get("/api/v1/results/similar?applicationId=" + application).then().statusCode(200)
                .body("[0].id", equalTo(bees.resultId()));
        // The project's own application is not its own neighbour.
        applicant.get("/api/v1/results/similar?applicationId=" + bees.project().applicationId()).then().statusCode(200)
                .body("id", not(hasItem(bees.resultId())));
        Api.applicant(Api.uniqueCode("LX")).get("/api/v1/results/similar?ideaId=" + ideaId).then().statusCode(404);
        applicant.get("/api/v1/results/similar").then().statusCode(400);
        applicant.get("/api/v1/results/similar?ideaId=" + ideaId + "&applicationId=" + application).then().statusCode(400);
    }
}
