package se.sodertalje.euportal.notification;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Tokens;

@QuarkusTest
class NotificationPreferencesTest {

    private static Api someone() {
        Api api = new Api(Tokens.of(Api.uniqueCode("pref"), List.of("UTB"), "applicant"));
        api.get("/api/v1/me").then().statusCode(200);
        return api;
    }

    @Test
    void eachUserShouldChooseTheirOwnDeliveryPerReminderKind() {
        Api me = someone();
        Api other = someone();
        me.get("/api/v1/notifications/preferences").then().statusCode(200)
                .body("kind", contains("REPORT_DUE", "CALL_DEADLINE", "APPLICATION_APPROVED", "REPORT_SUBMITTED", "RETURNED",
                        "EVENT_INVITATION", "EVENT_REMINDER", "EVENT_SEAT", "CALL_MATCH", "CALL_CHANGED", "EU_DECISION",
                        "BUDGET_REVISION_PROPOSED", "BUDGET_REVISION_DECIDED"))
                .body("delivery", everyItem(equalTo("IMMEDIATE")));

        me.put("/api/v1/notifications/preferences", null, List.of(Map.of("kind", "CALL_DEADLINE", "delivery", "DIGEST")))
                .then().statusCode(200).body("delivery", contains("IMMEDIATE", "DIGEST", "IMMEDIATE", "IMMEDIATE", "IMMEDIATE",
                        "IMMEDIATE", "IMMEDIATE", "IMMEDIATE", "IMMEDIATE", "IMMEDIATE", "IMMEDIATE", "IMMEDIATE", "IMMEDIATE"));
        me.put("/api/v1/notifications/preferences", null, List.of(Map.of("kind", "REPORT_DUE", "delivery", "OFF"),
                Map.of("kind", "RETURNED", "delivery", "OFF"), Map.of("kind", "EVENT_INVITATION", "delivery", "OFF"),
                Map.of("kind", "CALL_MATCH", "delivery", "DIGEST"), Map.of("kind", "BUDGET_REVISION_DECIDED", "delivery", "OFF")))
                .then().statusCode(200).body("delivery", contains("OFF", "DIGEST", "IMMEDIATE", "IMMEDIATE", "OFF", "OFF",
                        "IMMEDIATE", "IMMEDIATE", "DIGEST", "IMMEDIATE", "IMMEDIATE", "IMMEDIATE", "OFF"));
        me.get("/api/v1/notifications/preferences").then().body("delivery", contains("OFF", "DIGEST", "IMMEDIATE",
                "IMMEDIATE", "OFF", "OFF", "IMMEDIATE", "IMMEDIATE", "DIGEST", "IMMEDIATE", "IMMEDIATE", "IMMEDIATE", "OFF"));
        other.get("/api/v1/notifications/preferences").then().body("delivery", everyItem(equalTo("IMMEDIATE")));
    }

    @Test
    void invalidChoicesShouldBeRefusedWithTheFieldsNamed() {
        Api me = someone();
        me.put("/api/v1/notifications/preferences", null, List.of(Map.of("kind", "ADDED_TO_TEAM", "delivery", "OFF")))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("[0].kind")).body("errors[0].code", equalTo("ReminderKind"));
        // A step's notice to whoever acts next has no daily digest: at once, or only in the portal.
        me.put("/api/v1/notifications/preferences", null, List.of(Map.of("kind", "RETURNED", "delivery", "DIGEST")))
                .then().statusCode(400).body("errors[0].field", equalTo("[0].delivery"))
                .body("errors[0].code", equalTo("StepDelivery"));
        me.put("/api/v1/notifications/preferences", null, List.of(Map.of("kind", "BUDGET_REVISION_PROPOSED", "delivery",
                "DIGEST"))).then().statusCode(400).body("errors[0].code", equalTo("StepDelivery"));
        me.put("/api/v1/notifications/preferences", null, List.of(Map.of("kind", "REPORT_DUE", "delivery", "OFF"),
                Map.of("kind", "REPORT_DUE", "delivery", "DIGEST"), Map.of("kind", "CALL_DEADLINE")))
                .then().statusCode(400)
                .body("errors.field", contains("[1].kind", "[2].delivery"))
                .body("errors.code", contains("Unique", "NotNull"));
        me.raw().contentType(ContentType.JSON).body("[{\"kind\":\"REPORT_DUE\",\"delivery\":\"SOMETIMES\"}]")
                .put("/api/v1/notifications/preferences").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("[0].delivery"));
        me.raw().contentType(ContentType.JSON).body("{\"kind\":\"REPORT_DUE\"}")
                .put("/api/v1/notifications/preferences").then().statusCode(400)
                .contentType("application/problem+json");
        me.get("/api/v1/notifications/preferences").then().body("delivery", everyItem(equalTo("IMMEDIATE")));
        Api.ANONYMOUS.get("/api/v1/notifications/preferences").then().statusCode(401);
    }
}
