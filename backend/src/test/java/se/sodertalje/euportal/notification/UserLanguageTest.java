package se.sodertalje.euportal.notification;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Tokens;

@QuarkusTest
class UserLanguageTest {

    private static Api someone() {
        Api api = new Api(Tokens.of(Api.uniqueCode("lang"), List.of("UTB"), "applicant"));
        api.get("/api/v1/me").then().statusCode(200);
        return api;
    }

    @Test
    void eachUserShouldKeepTheirOwnLanguageSwedishUntilChosen() {
        Api me = someone();
        Api other = someone();
        me.get("/api/v1/me/language").then().statusCode(200).body("language", equalTo("SV"))
                .body("chosen", equalTo(false));
        me.put("/api/v1/me/language", null, Map.of("language", "EN")).then().statusCode(200)
                .body("language", equalTo("EN")).body("chosen", equalTo(true));
        me.get("/api/v1/me/language").then().body("language", equalTo("EN")).body("chosen", equalTo(true));
        other.get("/api/v1/me/language").then().body("language", equalTo("SV")).body("chosen", equalTo(false));
        me.put("/api/v1/me/language", null, Map.of("language", "SV")).then().statusCode(200)
                .body("language", equalTo("SV")).body("chosen", equalTo(true));
    }

    @Test
    void aLanguageThePortalDoesNotSpeakShouldBeRefusedWithTheFieldNamed() {
        Api me = someone();
        me.raw().contentType(ContentType.JSON).body("{\"language\":\"DE\"}").put("/api/v1/me/language").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("language"));
        me.raw().contentType(ContentType.JSON).body("{}").put("/api/v1/me/language").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("language"))
                .body("errors[0].code", equalTo("NotNull"));
        me.raw().contentType(ContentType.JSON).body("\"EN\"").put("/api/v1/me/language").then()
                .statusCode(400).contentType("application/problem+json");
        me.get("/api/v1/me/language").then().body("language", equalTo("SV")).body("chosen", equalTo(false));
        Api.ANONYMOUS.get("/api/v1/me/language").then().statusCode(401);
    }
}
