package se.sodertalje.euportal.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class HistoryTest {

    @Test
    void historyShouldShowWhoChangedWhatNewestFirst() {
        String code = Api.uniqueCode("H");
        UUID unit = Api.createUnit(code, "Historikkontoret");
        UUID contact = Api.createContact(unit, "Hanna Ström", "hanna@example.se", "OTHER");
        Api.ADVISOR.put("/api/v1/contact-persons/{id}", "\"0\"", Map.of("unitId", unit.toString(),
                "name", "Hanna Ström-Lind", "email", "hanna@example.se", "roles", List.of("INTERNATIONAL_COORDINATOR")),
                contact).then().statusCode(200);
        Api.ADVISOR.delete("/api/v1/contact-persons/{id}", "\"1\"", contact).then().statusCode(204);

        Api.AUDITOR.get("/api/v1/contact-persons/{id}/history", contact).then().statusCode(200)
                .body("type", contains("DELETED", "UPDATED", "CREATED"))
                .body("[0].actor.name", equalTo("Test ada.advisor"))
                .body("[1].actor.name", equalTo("Test ada.advisor"))
                .body("[1].changes.field", contains("name", "roles"))
                .body("[1].changes[0].oldValue", equalTo("Hanna Ström"))
                .body("[1].changes[0].newValue", equalTo("Hanna Ström-Lind"))
                .body("[1].changes[1].newValue", equalTo("INTERNATIONAL_COORDINATOR"))
                .body("[2].actor.name", equalTo("Test adam.admin"))
                .body("[2].changes.field", hasItems("unitId", "name", "email", "roles"));

        Api.ADMIN.put("/api/v1/units/{id}", "\"0\"", Map.of("code", code, "name", "Historikkontoret",
                "type", "MUNICIPAL_DEPARTMENT", "active", false), unit).then().statusCode(200);
        Api.ADVISOR.get("/api/v1/units/{id}/history", unit).then().statusCode(200)
                .body("type", contains("UPDATED", "CREATED"))
                .body("[0].changes.field", contains("active"))
                .body("[0].changes[0].oldValue", equalTo("true"))
                .body("[0].changes[0].newValue", equalTo("false"));
    }
}
