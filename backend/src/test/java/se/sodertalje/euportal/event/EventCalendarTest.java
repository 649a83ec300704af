package se.sodertalje.euportal.event;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class EventCalendarTest {

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void anEventsCalendarFileShouldParseWithTheSwedishTimeZone() throws Exception {
        // Summer time: 09:00 in Stockholm is 07:00 UTC; a title with characters to escape and fold.
        LocalDateTime start = LocalDateTime.of(2031, 6, 12, 9, 0);
        Map<String, Object> body = EventsTest.body("Nätverksträff; EU-projektledare, sommar – en lång titel som måste "
                + "vikas över flera rader i filen", 20, start);
        String event = Api.ADVISOR.post("/api/v1/events", body).then().statusCode(201).extract().path("id");
        Api applicant = Api.applicant(Api.uniqueCode("IC"));
        String ics = applicant.raw().accept("text/calendar").get("/api/v1/events/{id}/calendar.ics", event).then()
                .statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/calendar")).extract().asString();

        Calendar calendar = parse(ics);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        VEvent parsed = events.get(0);
        assertEquals(body.get("title"), parsed.getSummary().getValue());
        assertEquals("Europe/Stockholm", parsed.getStartDate().getParameter(Parameter.TZID).getValue());
        assertEquals(start.atZone(ZoneId.of("Europe/Stockholm")).toInstant(), parsed.getStartDate().getDate().toInstant());
        assertEquals(start.plusHours(3).atZone(ZoneId.of("Europe/Stockholm")).toInstant(),
                parsed.getEndDate().getDate().toInstant());
        assertEquals("2031-06-12T07:00:00Z", parsed.getStartDate().getDate().toInstant().toString());
        assertEquals("Stadshuset, sal 3", parsed.getLocation().getValue());

        Api.ADVISOR.get("/api/v1/exports?kind=ICS&size=50").then().statusCode(200)
                .body("items.resource", hasItem("/api/v1/events/" + event + "/calendar.ics"));
    }

    @Test
    void theFeedShouldCarryOnlyItsUsersEventsAndStopAnswerOnceRenewed() throws Exception {
        Api mine = Api.applicant(Api.uniqueCode("FD"));
        Api other = Api.applicant(Api.uniqueCode("FO"));
        String winter = Api.ADVISOR.post("/api/v1/events", EventsTest.body("Vinterträff", 20,
                LocalDateTime.of(2031, 1, 15, 13, 0))).then().statusCode(201).extract().path("id");
        String theirs = Api.ADVISOR.post("/api/v1/events", EventsTest.body("Någon annans träff", 20,
                LocalDateTime.of(2031, 2, 15, 13, 0))).then().statusCode(201).extract().path("id");
        mine.request().post("/api/v1/events/{id}/registrations", winter).then().statusCode(201);
        other.request().post("/api/v1/events/{id}/registrations", theirs).then().statusCode(201);

        mine.get("/api/v1/events/feed").then().statusCode(200).body("exists", equalTo(false));
        String url = mine.request().post("/api/v1/events/feed").then().statusCode(200).body("exists", equalTo(true))
                .extract().path("url");
        String path = URI.create(url).getPath();
        assertTrue(path.startsWith("/api/v1/events/feed/") && path.endsWith(".ics"), url);

        // No login: the secret is the key, and it opens only this user's events.
        String ics = RestAssured.given().get(path).then().statusCode(200).extract().asString();
        List<VEvent> events = parse(ics).getComponents(Component.VEVENT);
        assertEquals(List.of("Vinterträff"), events.stream().map(e -> e.getSummary().getValue()).toList());
        // Winter: 13:00 in Stockholm is 12:00 UTC.
        assertEquals("2031-01-15T12:00:00Z", events.get(0).getStartDate().getDate().toInstant().toString());
        // The secret grants nothing else.
        RestAssured.given().get("/api/v1/events/{id}", winter).then().statusCode(401);

        String renewed = mine.request().post("/api/v1/events/feed").then().statusCode(200).extract().path("url");
        assertNotEquals(url, renewed);
        RestAssured.given().get(path).then().statusCode(404);
        RestAssured.given().get(URI.create(renewed).getPath()).then().statusCode(200);
        mine.delete("/api/v1/events/feed", null).then().statusCode(204);
        RestAssured.given().get(URI.create(renewed).getPath()).then().statusCode(404);
        RestAssured.given().get("/api/v1/events/feed/not-a-secret.ics").then().statusCode(404);
    }

    @Test
    void aGuestsDataShouldBeInTheContactPersonsExportAndErasedWithIt() {
        String code = Api.uniqueCode("GD");
        java.util.UUID unit = Api.createUnit(code, "Gästenheten");
        String email = "gun." + code.toLowerCase() + "@example.se";
        java.util.UUID contact = Api.createContact(unit, "Gun Gäst", email, "OTHER");
        String event = EventsTest.create("Gästträff", 10);
        Api.ADVISOR.post("/api/v1/events/{id}/guests", Map.of("name", "Gun Gäst", "email", email.toUpperCase()), event)
                .then().statusCode(201);
        Api.ADMIN.get("/api/v1/contact-persons/{id}/personal-data", contact).then().statusCode(200)
                .body("eventRegistrations.eventTitle", equalTo(List.of("Gästträff")));
        Api.ADMIN.get("/api/v1/events/guests/personal-data?email={e}", email).then().statusCode(200)
                .body("name", equalTo(List.of("Gun Gäst")));
        Api.ADMIN.request().post("/api/v1/contact-persons/{id}/erasure", contact).then().statusCode(200);
        Api.ADVISOR.get("/api/v1/events/{id}/registrations", event).then().statusCode(200)
                .body("name", equalTo(List.of("Erased person"))).body("email[0]", org.hamcrest.Matchers.nullValue());
        Api.ADMIN.get("/api/v1/events/guests/personal-data?email={e}", email).then().body("size()", equalTo(0));
    }
}
