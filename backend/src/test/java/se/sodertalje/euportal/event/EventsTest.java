package se.sodertalje.euportal.event;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.reminder.ReminderService;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class EventsTest {

    @Inject
    ReminderService reminders;

    static Map<String, Object> body(String title, int capacity, LocalDateTime start) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("kind", "TRAINING");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusHours(3).toString());
        body.put("place", "Stadshuset, sal 3");
        body.put("audience", "NETWORK");
        body.put("organiser", "Internationella kontoret");
        body.put("description", "Grunderna i EU:s regler; ta med frågor.");
        body.put("capacity", capacity);
        return body;
    }

    static String create(String title, int capacity) {
        return Api.ADVISOR.post("/api/v1/events", body(title, capacity, LocalDateTime.now().plusDays(20).withNano(0)))
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void twoUsersRacingForTheLastSeatShouldLeaveExactlyOneWithIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String event = create("Kapplöpning " + round, 1);
                List<Api> racers = List.of(Api.applicant(Api.uniqueCode("RA")), Api.applicant(Api.uniqueCode("RB")));
                racers.forEach(r -> r.get("/api/v1/me").then().statusCode(200));
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Response>> answers = new ArrayList<>();
                for (Api racer : racers) {
                    Callable<Response> call = () -> {
                        start.await();
                        return racer.raw().post("/api/v1/events/{id}/registrations", event);
                    };
                    answers.add(pool.submit(call));
                }
                List<String> statuses = new ArrayList<>();
                for (Future<Response> answer : answers) {
                    Response response = answer.get();
                    assertEquals(201, response.statusCode(), response.asString());
                    statuses.add(response.path("status"));
                }
                statuses.sort(null);
                assertEquals(List.of("REGISTERED", "WAITING"), statuses, "round " + round);
                Api.ADVISOR.get("/api/v1/events/{id}", event).then().body("registered", equalTo(1)).body("waiting", equalTo(1))
                        .body("seatsLeft", equalTo(0));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCancelledSeatShouldGoToTheFirstOnTheWaitingList() {
        String event = create("Väntelista", 1);
        Api first = Api.applicant(Api.uniqueCode("W1"));
        Api second = Api.applicant(Api.uniqueCode("W2"));
        Api third = Api.applicant(Api.uniqueCode("W3"));
        first.request().post("/api/v1/events/{id}/registrations", event).then().statusCode(201).body("status", equalTo("REGISTERED"));
        second.request().post("/api/v1/events/{id}/registrations", event).then().statusCode(201).body("status", equalTo("WAITING"))
                .body("position", equalTo(1));
        third.request().post("/api/v1/events/{id}/registrations", event).then().statusCode(201).body("position", equalTo(2));
        first.request().post("/api/v1/events/{id}/registrations", event).then().statusCode(409).body("code", equalTo("EVENT-002"));

        first.delete("/api/v1/events/{id}/registrations/mine", null, event).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        second.get("/api/v1/events/{id}", event).then().body("myStatus", equalTo("REGISTERED")).body("myPosition", nullValue());
        third.get("/api/v1/events/{id}", event).then().body("myStatus", equalTo("WAITING")).body("myPosition", equalTo(1));
        // The one promoted is told in the portal.
        second.get("/api/v1/notifications").then().body("kind", hasItem("EVENT_SEAT"));
        // Registering again after cancelling queues behind those waiting.
        first.request().post("/api/v1/events/{id}/registrations", event).then().statusCode(201).body("status", equalTo("WAITING"))
                .body("position", equalTo(2));
    }

    @Test
    void advisorsShouldRegisterGuestsAndRecordAttendanceAfterwards() {
        LocalDateTime start = LocalDateTime.now().plusDays(3).withNano(0);
        Response created = Api.ADVISOR.post("/api/v1/events", body("Politikerutbildning", 10, start));
        String event = created.then().statusCode(201).extract().path("id");
        String guest = Api.ADVISOR.post("/api/v1/events/{id}/guests", Map.of("name", "Olle Ordförande",
                "email", "olle@example.se"), event).then().statusCode(201).body("guest", equalTo(true))
                .body("status", equalTo("REGISTERED")).extract().path("id");
        Api.ADVISOR.post("/api/v1/events/{id}/guests", Map.of("name", "Olle O", "email", "OLLE@example.se"), event).then()
                .statusCode(409).body("code", equalTo("EVENT-007"));
        Api.ADVISOR.put("/api/v1/events/{id}/registrations/{r}/attendance", "\"0\"", Map.of("attended", true), event, guest)
                .then().statusCode(409).body("code", equalTo("EVENT-004"));

        // The event took place (moved into the past): attendance is recorded, with If-Match.
        Api.ADVISOR.put("/api/v1/events/{id}", "\"1\"", body("Politikerutbildning", 10, start), event).then().statusCode(412);
        Api.ADVISOR.put("/api/v1/events/{id}", "\"0\"", body("Politikerutbildning", 10, LocalDateTime.now().minusHours(5)
                .withNano(0)), event).then().statusCode(200).body("version", equalTo(1));
        Api.ADVISOR.put("/api/v1/events/{id}/registrations/{r}/attendance", "\"0\"", Map.of("attended", true), event, guest)
                .then().statusCode(200).body("attended", equalTo(true));
        Api.ADVISOR.get("/api/v1/events/{id}/history", event).then().statusCode(200).body("size()", equalTo(2));
        Api.applicant(Api.uniqueCode("LT")).request().post("/api/v1/events/{id}/registrations", event).then().statusCode(409)
                .body("code", equalTo("EVENT-006"));
    }

    @Test
    void materialsShouldBeCheckedOnUploadAndTheirDownloadsRecordedInTheExportLog() {
        String event = create("Utbildning med material", 10);
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Api.ADVISOR.raw().contentType("application/octet-stream").body(new byte[] {1, 2, 3})
                .post("/api/v1/events/{id}/materials?fileName=trasig.bin", event).then().statusCode(415);
        String applicantCode = Api.uniqueCode("MA");
        Api.applicant(applicantCode).raw().contentType("application/pdf").body(pdf)
                .post("/api/v1/events/{id}/materials?fileName=Bilder.pdf", event).then().statusCode(403);
        String material = Api.ADVISOR.raw().contentType("application/pdf").body(pdf)
                .post("/api/v1/events/{id}/materials?fileName=Bilder.pdf", event).then().statusCode(201)
                .body("fileName", equalTo("Bilder.pdf")).extract().path("id");
        Api.applicant(applicantCode).get("/api/v1/events/{id}", event).then().statusCode(200)
                .body("materials.fileName", equalTo(List.of("Bilder.pdf")));

        byte[] downloaded = Api.applicant(applicantCode).raw().accept("application/octet-stream")
                .get("/api/v1/events/{id}/materials/{m}", event, material).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .extract().asByteArray();
        assertEquals(pdf.length, downloaded.length);
        Api.AUDITOR.get("/api/v1/exports?kind=FILE&size=200").then().statusCode(200)
                .body("items.find { it.resource == '/api/v1/events/" + event + "/materials/" + material + "' }.sizeBytes",
                        equalTo(pdf.length));

        Api.ADVISOR.delete("/api/v1/events/{id}/materials/{m}", null, event, material).then().statusCode(204);
        Api.ADVISOR.get("/api/v1/events/{id}", event).then().body("materials.size()", equalTo(0));
    }

    @Test
    void participantsShouldBeRemindedTheDayBeforeOnceUnlessTheyTurnedItOff() {
        int year = 2045 + new java.util.Random().nextInt(50);
        String event = Api.ADVISOR.post("/api/v1/events", body("Påminnelseträff", 10, LocalDateTime.of(year, 5, 20, 10, 0)))
                .then().statusCode(201).extract().path("id");
        Api seated = Api.applicant(Api.uniqueCode("RA"));
        seated.request().post("/api/v1/events/{id}/registrations", event).then().statusCode(201)
                .body("status", equalTo("REGISTERED"));
        Api off = Api.applicant(Api.uniqueCode("RB"));
        off.put("/api/v1/notifications/preferences", null, List.of(Map.of("kind", "EVENT_REMINDER", "delivery", "OFF")))
                .then().statusCode(200);
        off.request().post("/api/v1/events/{id}/registrations", event).then().statusCode(201);

        reminders.runReminders(Instant.parse(year + "-05-18T08:00:00Z"));
        assertEquals(List.of(), reminded(seated, event), "two days before: not yet");

        reminders.runReminders(Instant.parse(year + "-05-19T08:00:00Z"));
        reminders.runReminders(Instant.parse(year + "-05-19T15:00:00Z"));
        assertEquals(List.of("Påminnelse: ”Påminnelseträff” börjar 20 maj " + year + " kl. 10:00 (svensk tid), "
                + "Stadshuset, sal 3, i morgon. Du har en plats."), reminded(seated, event));
        assertEquals(List.of(), reminded(off, event), "turned off on the notifications page");
    }

    private static List<String> reminded(Api user, String event) {
        return user.get("/api/v1/notifications").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind == 'EVENT_REMINDER' && it.link == '/events/" + event + "' }.message", String.class);
    }

    @Test
    void badEventsShouldBeRefusedWithTheirCodes() {
        Map<String, Object> backwards = body("Baklänges", 5, LocalDateTime.now().plusDays(5).withNano(0));
        backwards.put("endsAt", LocalDateTime.now().plusDays(4).withNano(0).toString());
        backwards.remove("place");
        Api.ADVISOR.post("/api/v1/events", backwards).then().statusCode(400)
                .body("errors.code", equalTo(List.of("EVENT-001", "EVENT-008")));
        Map<String, Object> units = body("Enheter", 5, LocalDateTime.now().plusDays(5).withNano(0));
        units.put("audience", "UNITS");
        Api.ADVISOR.post("/api/v1/events", units).then().statusCode(400).body("errors[0].field", equalTo("audienceUnitIds"));
    }

    @Test
    void anEventForSomeUnitsShouldTakeOnlyTheirUsers() {
        String code = Api.uniqueCode("EU");
        java.util.UUID unit = Api.createUnit(code, "Målgruppsenheten");
        Map<String, Object> body = body("För en enhet", 5, LocalDateTime.now().plusDays(5).withNano(0));
        body.put("audience", "UNITS");
        body.put("audienceUnitIds", List.of(unit.toString()));
        String event = Api.ADVISOR.post("/api/v1/events", body).then().statusCode(201)
                .body("audienceUnits[0].code", equalTo(code)).extract().path("id");
        Api.applicant("ELSEWHERE").request().post("/api/v1/events/{id}/registrations", event).then().statusCode(403)
                .body("code", equalTo("EVENT-003"));
        Api.applicant(code).request().post("/api/v1/events/{id}/registrations", event).then().statusCode(201);
        Api.applicant(code).get("/api/v1/me").then().statusCode(200);
        Api.ADVISOR.request().post("/api/v1/events/{id}/invitations", event).then().statusCode(200)
                .body("recipients", equalTo(1));
        Api.applicant(code).get("/api/v1/notifications").then().body("kind", hasItem("EVENT_INVITATION"));
        Api.ADVISOR.request().post("/api/v1/events/{id}/reminders", event).then().statusCode(200).body("recipients", equalTo(1));
    }

    @Test
    void countsPerYearShouldTakeEventsSeatsAndUnits() {
        int year = 2100 + new java.util.Random().nextInt(800);
        LocalDateTime start = LocalDateTime.of(year, 12, 31, 23, 30);
        String event = Api.ADVISOR.post("/api/v1/events", body("Nyårsutbildning", 1, start)).then().statusCode(201)
                .extract().path("id");
        String unitCode = Api.uniqueCode("ST");
        Api.applicant(unitCode).request().post("/api/v1/events/{id}/registrations", event).then().statusCode(201);
        Api.applicant(Api.uniqueCode("SU")).request().post("/api/v1/events/{id}/registrations", event).then().statusCode(201)
                .body("status", equalTo("WAITING"));
        Api.ADVISOR.post("/api/v1/events/{id}/guests", Map.of("name", "Gäst", "email", "gast@example.se"), event).then()
                .statusCode(201).body("status", equalTo("WAITING"));
        Api.AUDITOR.get("/api/v1/events/statistics?fromYear={a}&toYear={b}", year, year + 1).then().statusCode(200)
                .body("year", equalTo(List.of(year, year + 1)))
                .body("[0].events", equalTo(1)).body("[0].participants", equalTo(1)).body("[0].unitsReached", equalTo(1))
                .body("[1].events", equalTo(0));
        Api.AUDITOR.get("/api/v1/events/statistics?fromYear=2030&toYear=2020").then().statusCode(400)
                .body("errors[0].code", equalTo("EVENT-009"));
    }
}
