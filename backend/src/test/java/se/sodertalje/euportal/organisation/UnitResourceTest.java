package se.sodertalje.euportal.organisation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class UnitResourceTest {

    @Test
    void shouldCreateReadUpdateAndDeleteAUnit() {
        String code = Api.uniqueCode("CRUD");
        var created = Api.ADMIN.post("/api/v1/units", Map.of("code", code, "name", "Miljökontoret",
                "type", "MUNICIPAL_DEPARTMENT", "active", true));
        created.then().statusCode(201).contentType("application/json")
                .header("Location", notNullValue()).header("ETag", "\"0\"")
                .body("code", equalTo(code)).body("name", equalTo("Miljökontoret"));
        String id = created.path("id");

        Api.ADMIN.get(created.header("Location")).then().statusCode(200).body("id", equalTo(id));

        Api.ADMIN.put("/api/v1/units/{id}", "\"0\"", Map.of("code", code, "name", "Miljö- och hälsoskyddskontoret",
                "type", "MUNICIPAL_DEPARTMENT", "active", false), id)
                .then().statusCode(200).header("ETag", "\"1\"").body("active", equalTo(false));

        Api.ADMIN.get("/api/v1/units?q={q}", code).then().statusCode(200)
                .body("items.name", hasItem("Miljö- och hälsoskyddskontoret")).body("total", equalTo(1));

        Api.ADMIN.delete("/api/v1/units/{id}", "\"1\"", id).then().statusCode(204);
        Api.ADMIN.get("/api/v1/units/{id}", id).then().statusCode(404).contentType("application/problem+json");
        Api.ADMIN.get("/api/v1/units?q={q}", code).then().body("items.id", not(hasItem(id)));
    }

    @Test
    void shouldNameTheFieldOfAValidationError() {
        Api.ADMIN.post("/api/v1/units", Map.of("code", "lower case", "name", " ", "type", "MUNICIPAL_DEPARTMENT",
                "active", true)).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION"))
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("name"));
    }

    @Test
    void shouldRefuseAnUnknownParent() {
        Api.ADMIN.post("/api/v1/units", Map.of("code", Api.uniqueCode("P"), "name", "X", "type", "TELGE_COMPANY",
                "parentId", UUID.randomUUID().toString(), "active", true))
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
    }
}
