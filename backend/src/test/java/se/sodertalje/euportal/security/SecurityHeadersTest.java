package se.sodertalje.euportal.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Every answer of the API and of Swagger UI carries the security headers, refusals too. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void aPublicAnswerOfTheApiShouldForbidScriptsFramesAndSniffing() {
        apiHeaders(given().get("/api/v1/client-config").then().statusCode(200));
    }

    @Test
    void aRefusalShouldCarryTheSameHeaders() {
        apiHeaders(given().get("/api/v1/units").then().statusCode(401));
        apiHeaders(given().get("/api/v1/no-such-thing").then().statusCode(404));
    }

    @Test
    void swaggerUiShouldRunOnlyItsOwnScriptsAndNeverBeFramed() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    private static void apiHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Frame-Options", equalTo("DENY"));
    }
}
