package se.sodertalje.euportal.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Projects;

/** Issue 13's findings of unhandled input, one by one: each is a 4xx that names what was wrong. */
@QuarkusTest
class InputBoundsTest {

    @Test
    void nulAndControlCharactersAreRefusedInBodiesAndQueries() {
        Api.ADMIN.raw().contentType(ContentType.JSON).body("{\"code\":\"NU\",\"name\":\"a\\u0000b\",\"type\":"
                + "\"MUNICIPAL_DEPARTMENT\",\"active\":true}").post("/api/v1/units").then().statusCode(400)
                .body("errors.field", contains("name")).body("errors.code", contains("ControlCharacters"));
        Api.ADMIN.raw().urlEncodingEnabled(false).get("/api/v1/units?q=a%00b").then().statusCode(400)
                .body("errors.field", contains("q"));
        Api.ADMIN.raw().contentType(ContentType.JSON).body("{\"code\":\"NU\",\"name\":\"Rad ett\\nrad\\ttvå\","
                + "\"type\":\"MUNICIPAL_DEPARTMENT\",\"active\":true}").post("/api/v1/units").then().statusCode(201);
    }

    @Test
    void datesPagesNumbersAndEnumsOutsideTheirRangeAre400() {
        UUID unit = Api.createUnit(Api.uniqueCode("IB"), "Gränskontoret");
        Api.ADMIN.raw().contentType(ContentType.JSON).body(Map.of("unitId", unit.toString(), "title", "Idé",
                "startDate", "+999999999-12-31")).post("/api/v1/ideas").then().statusCode(400)
                .body("errors.code", contains("DateRange"));
        Api.ADMIN.raw().get("/api/v1/units?page=2147483647").then().statusCode(400).body("errors.field", contains("page"));
        long started = System.nanoTime();
        Api.ADMIN.raw().contentType(ContentType.JSON).body("{\"unitId\":\"" + unit + "\",\"title\":\"Idé\","
                + "\"estimatedCost\":1e1000000}").post("/api/v1/ideas").then().statusCode(400)
                .body("errors.field", contains("estimatedCost")).body("errors.code", contains("Digits"));
        org.junit.jupiter.api.Assertions.assertTrue(System.nanoTime() - started < 5_000_000_000L, "refused fast");
        Api.ADMIN.raw().contentType(ContentType.JSON).body("{\"code\":\"EN\",\"name\":\"Enum\",\"type\":0,\"active\":true}")
                .post("/api/v1/units").then().statusCode(400).body("errors.field", contains("type"));
    }

    @Test
    void aProjectsStateAidIsRequiredAndAStepIsNamedNotNumbered() {
        String code = Api.uniqueCode("SA");
        UUID unit = Api.createUnit(code, "Statsstödskontoret");
        UUID programme = Api.createProgramme(Api.uniqueCode("SA"), "ERDF");
        String call = Api.createCall(programme, Api.uniqueCode("SA-CALL"), "Statsstöd", 30, null);
        Projects.Granted project = Projects.granted(code, unit, call);
        String etag = Api.ADVISOR.get("/api/v1/projects/{id}", project.projectId()).header("ETag");
        Api.ADVISOR.raw().contentType(ContentType.JSON).header("If-Match", etag).body("{}")
                .put("/api/v1/projects/{id}/state-aid", project.projectId()).then().statusCode(400)
                .body("errors.field", contains("stateAid"));
        Api.ADVISOR.raw().contentType(ContentType.JSON).header("If-Match", etag).body("{\"action\":0}")
                .post("/api/v1/projects/{id}/transitions", project.projectId()).then().statusCode(400);
        Api.ADVISOR.get("/api/v1/projects/{id}", project.projectId()).then().body("status", equalTo("RUNNING"))
                .header("ETag", equalTo(etag));
        // A report of another unit's project: the 404 names the report, not its project.
        String report = Api.applicant(code).post("/api/v1/projects/{id}/reports", Map.of("kind", "PROGRESS",
                "periodNumber", 1), project.projectId()).then().statusCode(201).extract().path("id");
        Api.applicant("ANNAN-" + code).get("/api/v1/reports/{id}", report).then().statusCode(404)
                .body("detail", containsString(report)).body("detail", not(containsString(project.projectId())));
    }

    @Test
    void onlyTheQuotedETagMatches() {
        String code = Api.uniqueCode("IM");
        UUID unit = Api.createUnit(code, "Versionskontoret");
        Api applicant = Api.applicant(code);
        String application = applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(), "title", "Etag"))
                .then().statusCode(201).extract().path("id");
        String organisation = Api.createPartner("Etag AB " + code, "SE", "SME");
        String member = applicant.post("/api/v1/applications/{id}/partners", Map.of("organisationId", organisation,
                "role", "PARTNER"), application).then().statusCode(201).extract().path("id");
        for (String weak : new String[] {"W/\"0\"", "0"}) {
            applicant.raw().contentType(ContentType.JSON).header("If-Match", weak).body(Map.of("role", "LEAD_PARTNER"))
                    .put("/api/v1/applications/{id}/partners/{pid}", application, member).then().statusCode(412);
        }
        applicant.put("/api/v1/applications/{id}/partners/{pid}", "\"0\"", Map.of("role", "LEAD_PARTNER"), application,
                member).then().statusCode(200);
    }

    @Test
    void aListIsWholeOnlyWhenCsvIsTheTypeAnswered() {
        String prefix = Api.uniqueCode("CSVN");
        Api.createUnit(prefix + "A", "Enhet A");
        Api.createUnit(prefix + "B", "Enhet B");
        Api.AUDITOR.raw().accept("text/csv, application/json").get("/api/v1/units?q={q}&size=1", prefix).then()
                .statusCode(200).contentType(startsWith("text/csv"));
        Api.AUDITOR.raw().accept("text/csv;q=0.5, application/json").get("/api/v1/units?q={q}&size=1", prefix).then()
                .statusCode(200).contentType(startsWith("application/json")).body("items.size()", equalTo(1));
    }
}
