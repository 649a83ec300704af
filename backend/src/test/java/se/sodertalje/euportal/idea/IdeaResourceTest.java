package se.sodertalje.euportal.idea;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class IdeaResourceTest {

    @Inject
    FundingFixtures funding;

    private static BigDecimal decimal(Response response, String path) {
        return new JsonPath(response.asString()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .get(path);
    }

    @Test
    void anApplicantRecordsFindsChangesAndDeletesAnIdeaOfTheirUnit() {
        String code = Api.uniqueCode("ID");
        UUID unit = Api.createUnit(code, "Utbildningskontoret");
        Api applicant = Api.applicant(code);
        Response created = applicant.post("/api/v1/ideas", Ideas.idea(unit, "Vänortsutbyte för lärare"));
        created.then().statusCode(201).header("ETag", "\"0\"").header("Location", notNullValue())
                .body("unitCode", equalTo(code)).body("unitName", equalTo("Utbildningskontoret"))
                .body("status", equalTo("OPEN")).body("screening", nullValue())
                .body("createdBy.subject", equalTo("sub-applicant-" + code))
                .body("createdBy.name", equalTo("Test applicant-" + code))
                .body("startDate", equalTo("2027-01-01")).body("endDate", equalTo("2028-12-31"));
        assertEquals(new BigDecimal("1250000.50"), decimal(created, "estimatedCost"));
        String id = created.path("id");

        applicant.get("/api/v1/ideas?q=VÄNORTSUTBYTE&unitId={u}&status=OPEN&screened=false&year=2026", unit)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));

        Map<String, Object> changed = Ideas.idea(unit, "Vänortsutbyte för lärare och elever");
        changed.put("estimatedCost", 0);
        changed.remove("description");
        Response updated = applicant.put("/api/v1/ideas/{id}", "\"0\"", changed, id);
        updated.then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Vänortsutbyte för lärare och elever")).body("description", nullValue());
        assertEquals(new BigDecimal("0.00"), decimal(updated, "estimatedCost"));

        applicant.delete("/api/v1/ideas/{id}", "\"1\"", id).then().statusCode(204);
        applicant.get("/api/v1/ideas/{id}", id).then().statusCode(404);
        Api.AUDITOR.get("/api/v1/ideas/{id}/history", id).then().statusCode(200)
                .body("type", contains("DELETED", "UPDATED", "CREATED"))
                .body("[1].changes.field", containsInAnyOrder("title", "description", "estimatedCost"));
    }

    @Test
    void invalidFieldsOfAnIdeaAreNamedAndNothingIsRecorded() {
        UUID unit = Api.createUnit(Api.uniqueCode("IV"), "Kontoret");
        Map<String, Object> body = Ideas.idea(unit, " ");
        body.put("estimatedCost", -1);
        Api.ADMIN.post("/api/v1/ideas", body).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION"))
                .body("errors.field", containsInAnyOrder("title", "estimatedCost"));

        body = Ideas.idea(unit, "Tre decimaler");
        body.put("estimatedCost", 100.125);
        Api.ADMIN.post("/api/v1/ideas", body).then().statusCode(400).body("errors.field", contains("estimatedCost"))
                .body("errors[0].code", equalTo("Digits"));

        body = Ideas.idea(unit, "Baklänges");
        body.put("startDate", "2027-06-01");
        body.put("endDate", "2027-05-31");
        Api.ADMIN.post("/api/v1/ideas", body).then().statusCode(400).body("errors.field", contains("endDate"));

        body = Ideas.idea(UUID.randomUUID(), "Okänd enhet");
        Api.ADMIN.post("/api/v1/ideas", body).then().statusCode(400).body("errors.field", contains("unitId"));

        Api.ADMIN.get("/api/v1/ideas?unitId={u}", unit).then().body("total", equalTo(0));
    }

    @Test
    void closingAnUnscreenedIdeaIsRefusedWithIdea001AndChangesNothing() {
        UUID unit = Api.createUnit(Api.uniqueCode("CL"), "Kontoret");
        UUID id = Ideas.create(Api.ADVISOR, unit, "Ej screenad idé");

        Ideas.close(Api.ADVISOR, id, "\"0\"").then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("IDEA-001"))
                .body("detail", equalTo("screening is required before an idea can be closed or turned into an application"));

        Api.ADVISOR.get("/api/v1/ideas/{id}", id).then().header("ETag", "\"0\"")
                .body("status", equalTo("OPEN")).body("closedAt", nullValue());
    }

    @Test
    void aScreenedIdeaCanBeClosedAndIsThenNoLongerChanged() {
        String code = Api.uniqueCode("SC");
        UUID unit = Api.createUnit(code, "Kontoret");
        Api coordinator = Api.coordinator(code);
        UUID id = Ideas.create(coordinator, unit, "Laddinfrastruktur");
        UUID programme = funding.programme("INTERREG-OKS", "Interreg Öresund-Kattegat-Skagerrak");
        UUID call = funding.call(programme, "OKS-2027-1", "Grön omställning");

        Response screened = coordinator.put("/api/v1/ideas/{id}/screening", "\"0\"",
                Ideas.screening(true, List.of(programme), List.of(call), "APPLY", "Passar insatsområde 2"), id);
        screened.then().statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("screening.investigated", equalTo(true))
                .body("screening.outcome", equalTo("APPLY"))
                .body("screening.reason", equalTo("Passar insatsområde 2"))
                .body("screening.programmes[0].id", equalTo(programme.toString()))
                .body("screening.programmes[0].name", equalTo("Interreg Öresund-Kattegat-Skagerrak"))
                .body("screening.programmes[0].fund", equalTo("INTERREG"))
                .body("screening.calls[0].title", equalTo("Grön omställning"))
                .body("screening.calls[0].programmeId", equalTo(programme.toString()))
                .body("screening.screenedBy.name", equalTo("Test coordinator-" + code))
                .body("screening.screenedAt", notNullValue());
        String callIdentifier = screened.path("screening.calls[0].identifier");
        assertEquals(true, callIdentifier.startsWith("OKS-2027-1-"));

        coordinator.get("/api/v1/ideas?unitId={u}&screened=true&outcome=APPLY", unit).then()
                .body("items.id", contains(id.toString()));
        coordinator.get("/api/v1/ideas?unitId={u}&outcome=NOT_ELIGIBLE", unit).then().body("total", equalTo(0));

        Ideas.close(coordinator, id, "\"1\"").then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("CLOSED")).body("closedAt", notNullValue());

        coordinator.put("/api/v1/ideas/{id}", "\"2\"", Ideas.idea(unit, "Ändrad"), id).then().statusCode(409)
                .body("code", equalTo("IDEA-002"));
        coordinator.put("/api/v1/ideas/{id}/screening", "\"2\"", Ideas.simpleScreening(), id).then().statusCode(409)
                .body("code", equalTo("IDEA-002"));
        coordinator.delete("/api/v1/ideas/{id}", "\"2\"", id).then().statusCode(409).body("code", equalTo("IDEA-002"));
        coordinator.get("/api/v1/ideas?unitId={u}&status=CLOSED", unit).then().body("items.id", contains(id.toString()));
        Api.ADVISOR.get("/api/v1/ideas/{id}/history", id).then()
                .body("type", contains("UPDATED", "UPDATED", "CREATED"))
                .body("[0].changes.field", contains("status", "closedAt"))
                .body("[1].changes.field", hasItem("screening.outcome"));
    }

    @Test
    void screeningRulesAnswerWithFieldErrorsAndLeaveTheIdeaUnscreened() {
        UUID unit = Api.createUnit(Api.uniqueCode("SR"), "Kontoret");
        UUID id = Ideas.create(Api.ADMIN, unit, "Idé utan utredning");
        String screening = "/api/v1/ideas/{id}/screening";

        Api.ADMIN.put(screening, "\"0\"", Ideas.screening(false, List.of(), List.of(), "APPLY", ""), id)
                .then().statusCode(400).body("code", equalTo("VALIDATION"))
                .body("errors.field", containsInAnyOrder("outcome", "reason", "programmeIds"))
                .body("errors.find { it.field == 'reason' }.message",
                        equalTo("must say why EU funding was not investigated"));

        Api.ADMIN.put(screening, "\"0\"", Ideas.screening(true, List.of(), List.of(), "APPLY", "Vi söker"), id)
                .then().statusCode(400).body("errors.field", contains("programmeIds"))
                .body("errors[0].code", equalTo("ProgrammeOrCallRequired"));

        UUID programme = funding.programme("ERUF", "Regionalfonden Stockholm");
        Api.ADMIN.put(screening, "\"0\"", Ideas.screening(true, List.of(programme, UUID.randomUUID()),
                List.of(UUID.randomUUID()), "APPLY", "Vi söker"), id)
                .then().statusCode(400).body("errors.field", contains("programmeIds[1]", "callIds[0]"))
                .body("errors[0].code", equalTo("Exists"));

        Map<String, Object> missing = Ideas.simpleScreening();
        missing.remove("outcome");
        missing.remove("investigated");
        Api.ADMIN.put(screening, "\"0\"", missing, id).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("investigated", "outcome"));

        Api.ADMIN.get("/api/v1/ideas/{id}", id).then().header("ETag", "\"0\"").body("screening", nullValue());

        Api.ADMIN.put(screening, "\"0\"", Ideas.screening(false, List.of(), List.of(), "OTHER_FUNDING",
                "Driften finansieras av statsbidrag"), id).then().statusCode(200)
                .body("screening.investigated", equalTo(false)).body("screening.programmes", equalTo(List.of()));
    }

    @Test
    void aScreeningBasedOnAStaleVersionIsRefusedWith412() {
        UUID unit = Api.createUnit(Api.uniqueCode("ST"), "Kontoret");
        UUID id = Ideas.create(Api.ADMIN, unit, "Samtidig screening");
        Api.ADMIN.put("/api/v1/ideas/{id}", "\"0\"", Ideas.idea(unit, "Samtidig screening, ändrad"), id)
                .then().statusCode(200).header("ETag", "\"1\"");

        Api.ADVISOR.put("/api/v1/ideas/{id}/screening", "\"0\"", Ideas.simpleScreening(), id).then().statusCode(412)
                .body("code", equalTo("STALE_VERSION"));
        Api.ADVISOR.put("/api/v1/ideas/{id}/screening", null, Ideas.simpleScreening(), id).then().statusCode(428);
        Ideas.close(Api.ADVISOR, id, "\"0\"").then().statusCode(412);
        Api.ADVISOR.get("/api/v1/ideas/{id}", id).then().header("ETag", "\"1\"").body("screening", nullValue());

        Api.ADVISOR.put("/api/v1/ideas/{id}/screening", "\"1\"", Ideas.simpleScreening(), id).then().statusCode(200)
                .header("ETag", "\"2\"");
    }

    @Test
    void listFiltersAndSortAreChecked() {
        Api.ADMIN.raw().get("/api/v1/ideas?sort=budget").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        Api.ADMIN.raw().get("/api/v1/ideas?screened=maybe").then().statusCode(400);
        Api.ADMIN.raw().get("/api/v1/ideas?outcome=PERHAPS").then().statusCode(400);
        Api.ADMIN.raw().get("/api/v1/ideas?year=999999999").then().statusCode(400).body("errors[0].field", equalTo("year"));
        Api.ADMIN.get("/api/v1/ideas?sort=-estimatedCost,title&size=5").then().statusCode(200).body("size", equalTo(5));
    }
}
