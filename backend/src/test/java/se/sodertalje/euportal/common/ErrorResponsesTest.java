package se.sodertalje.euportal.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Tokens;

/** Bad input gets a clear problem+json answer, never a 500 or a stack trace. */
@QuarkusTest
class ErrorResponsesTest {

    @Test
    void aMissingTokenShouldGive401WithABearerChallenge() {
        given().get("/api/v1/units").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer")).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aTokenForAnotherAudienceShouldBeRefused() {
        given().header("Authorization", Tokens.bearer(Tokens.withAudience("some-other-service", "admin")))
                .get("/api/v1/units").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not.a.token").get("/api/v1/units").then().statusCode(401);
    }

    @Test
    void malformedJsonShouldGive400() {
        Api.ADMIN.raw().contentType(ContentType.JSON).body("{\"code\": \"X\", ").post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_JSON"))
                .body(not(containsString("Exception")));
    }

    @Test
    void anUnknownEnumValueShouldNameItsField() {
        Api.ADMIN.raw().contentType(ContentType.JSON)
                .body("{\"code\":\"PLN\",\"name\":\"Planet\",\"type\":\"PLANET\",\"active\":true}").post("/api/v1/units")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
    }

    @Test
    void aMissingBodyShouldGive400() {
        Api.ADMIN.raw().contentType(ContentType.JSON).post("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void badPagingAndSortingShouldNameTheParameter() {
        Api.ADMIN.get("/api/v1/units?sort=password").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        Api.ADMIN.get("/api/v1/units?size=5000").then().statusCode(400).body("errors[0].field", equalTo("size"));
        Api.ADMIN.get("/api/v1/units?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        Api.ADMIN.get("/api/v1/units?active=perhaps").then().statusCode(400).contentType("application/problem+json");
        Api.ADMIN.get("/api/v1/units?type=PLANET").then().statusCode(400).contentType("application/problem+json");
        Api.ADMIN.get("/api/v1/contact-persons?unitId=12").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownPathsAndIdsShouldGive404Problems() {
        Api.ADMIN.get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        Api.ADMIN.get("/api/v1/units/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theWrongMediaTypeShouldGive415() {
        Api.ADMIN.raw().contentType(ContentType.TEXT).body("code=X").post("/api/v1/units").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void aDuplicateUnitCodeShouldGive409NamingTheField() {
        String code = Api.uniqueCode("DUP");
        Api.createUnit(code, "Första");
        Api.ADMIN.post("/api/v1/units", java.util.Map.of("code", code, "name", "Andra", "type", "TELGE_COMPANY",
                "active", true)).then().statusCode(409).body("code", equalTo("UNIT-001"))
                .body("errors[0].field", equalTo("code")).body("params.code", equalTo(code));
    }

    @Test
    void aFieldErrorShouldCarryTheLimitAsData() {
        // The SPA writes "at most 200 characters" in the user's language from params, not from the English message.
        Api.ADMIN.post("/api/v1/units", java.util.Map.of("code", Api.uniqueCode("LNG"), "name", "x".repeat(201),
                "type", "TELGE_COMPANY", "active", true)).then().statusCode(400).body("code", equalTo("VALIDATION"))
                .body("errors[0].field", equalTo("name")).body("errors[0].code", equalTo("Size"))
                .body("errors[0].params.max", equalTo(200));
    }

    @Test
    void healthShouldReportTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void swaggerUiShouldBeServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
