package se.sodertalje.euportal.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class ContactPersonResourceTest {

    private static Map<String, Object> contact(UUID unitId, String name, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId.toString());
        body.put("name", name);
        body.put("title", "Samordnare");
        body.put("email", email);
        body.put("phone", "+46 8 523 000 00");
        body.put("roles", List.of("INTERNATIONAL_COORDINATOR"));
        body.put("activeFrom", "2025-01-01");
        return body;
    }

    @Test
    void shouldCreateFindUpdateAndDeleteAContactPerson() {
        UUID unit = Api.createUnit(Api.uniqueCode("CP"), "Miljökontoret");
        Response created = Api.ADVISOR.post("/api/v1/contact-persons", contact(unit, "Greta Lind", "greta.lind@example.se"));
        created.then().statusCode(201).header("ETag", "\"0\"")
                .body("unitName", equalTo("Miljökontoret")).body("roles", contains("INTERNATIONAL_COORDINATOR"))
                .body("active", equalTo(true));
        String id = created.path("id");

        Api.ADVISOR.get("/api/v1/contact-persons?q=greta.lind&unitId={u}", unit).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("Greta Lind"));

        Map<String, Object> changed = contact(unit, "Greta Lind", "greta.lind@example.se");
        changed.put("roles", List.of("EU_PROJECT_MANAGER", "FINANCE_CONTACT"));
        changed.put("activeTo", "2025-06-30");
        Api.ADVISOR.put("/api/v1/contact-persons/{id}", "\"0\"", changed, id).then().statusCode(200)
                .header("ETag", "\"1\"").body("roles", contains("EU_PROJECT_MANAGER", "FINANCE_CONTACT"))
                .body("active", equalTo(false));

        Api.ADVISOR.get("/api/v1/contact-persons?unitId={u}&role=FINANCE_CONTACT&active=false", unit)
                .then().body("items.id", hasItem(id));
        Api.ADVISOR.get("/api/v1/contact-persons?unitId={u}&active=true", unit).then().body("items.id", not(hasItem(id)));

        Api.ADVISOR.delete("/api/v1/contact-persons/{id}", "\"1\"", id).then().statusCode(204);
        Api.ADVISOR.get("/api/v1/contact-persons/{id}", id).then().statusCode(404);
    }

    @Test
    void shouldNameTheInvalidFieldsOfAContactPerson() {
        UUID unit = Api.createUnit(Api.uniqueCode("CV"), "Kontoret");
        Map<String, Object> body = contact(unit, "", "not-an-email");
        body.put("roles", List.of());
        Api.ADMIN.post("/api/v1/contact-persons", body).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION"))
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("roles"));
        Api.ADMIN.get("/api/v1/contact-persons?unitId={u}", unit).then().body("total", equalTo(0));
    }

    @Test
    void shouldRefuseAPeriodThatEndsBeforeItStarts() {
        UUID unit = Api.createUnit(Api.uniqueCode("PE"), "Kontoret");
        Map<String, Object> body = contact(unit, "Per Sten", "per.sten@example.se");
        body.put("activeTo", "2024-12-31");
        Api.ADMIN.post("/api/v1/contact-persons", body).then().statusCode(400)
                .body("errors[0].field", equalTo("activeTo"));
    }

    @Test
    void shouldRefuseAValueOfTheWrongTypeNamingItsField() {
        UUID unit = Api.createUnit(Api.uniqueCode("TY"), "Kontoret");
        Map<String, Object> body = contact(unit, "Tor Ek", "tor.ek@example.se");
        body.put("roles", List.of("ASTRONAUT"));
        Api.ADMIN.post("/api/v1/contact-persons", body).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("roles[0]"));
        body.put("roles", List.of("OTHER"));
        body.put("activeFrom", "1 januari");
        Api.ADMIN.post("/api/v1/contact-persons", body).then().statusCode(400).body("errors[0].field", equalTo("activeFrom"));
    }

    @Test
    void shouldRequireIfMatchAndRefuseAStaleOne() {
        UUID unit = Api.createUnit(Api.uniqueCode("IM"), "Kontoret");
        UUID id = Api.createContact(unit, "Ida Mark", "ida.mark@example.se", "OTHER");
        Map<String, Object> body = contact(unit, "Ida Marklund", "ida.mark@example.se");
        Api.ADMIN.put("/api/v1/contact-persons/{id}", null, body, id).then().statusCode(428)
                .body("code", equalTo("IF_MATCH_REQUIRED"));
        Api.ADMIN.put("/api/v1/contact-persons/{id}", "\"7\"", body, id).then().statusCode(412)
                .body("code", equalTo("STALE_VERSION"));
        Api.ADMIN.delete("/api/v1/contact-persons/{id}", null, id).then().statusCode(428);
        Api.ADMIN.get("/api/v1/contact-persons/{id}", id).then().body("name", equalTo("Ida Mark"))
                .header("ETag", "\"0\"");
    }

    @Test
    void twoConcurrentEditsOfOneVersionShouldGiveOneSuccessAndOne412WithNoUpdateLost() throws Exception {
        UUID unit = Api.createUnit(Api.uniqueCode("CC"), "Kontoret");
        UUID id = Api.createContact(unit, "Original Namn", "original@example.se", "OTHER");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> edits = new ArrayList<>();
        for (String name : List.of("Första Redaktören", "Andra Redaktören")) {
            edits.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Api.ADMIN.put("/api/v1/contact-persons/{id}", "\"0\"", contact(unit, name, "original@example.se"), id);
            }));
        }
        start.countDown();
        List<Response> responses = edits.stream().map(CompletableFuture::join).toList();
        List<Integer> statuses = responses.stream().map(Response::statusCode).sorted().toList();
        assertEquals(List.of(200, 412), statuses);
        String winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().path("name");
        Api.ADMIN.get("/api/v1/contact-persons/{id}", id).then().body("name", equalTo(winner)).header("ETag", "\"1\"");
    }
}
