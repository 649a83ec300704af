package se.sodertalje.euportal.idea;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.support.Api;

/** Request bodies and shortcuts for the ideas tests. */
final class Ideas {

    private Ideas() {
    }

    static Map<String, Object> idea(UUID unitId, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId.toString());
        body.put("title", title);
        body.put("description", "Samverkan med skolor i vänorterna");
        body.put("estimatedCost", 1250000.50);
        body.put("startDate", "2027-01-01");
        body.put("endDate", "2028-12-31");
        return body;
    }

    static Map<String, Object> screening(boolean investigated, List<UUID> programmes, List<UUID> calls,
            String outcome, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("investigated", investigated);
        body.put("programmeIds", programmes.stream().map(UUID::toString).toList());
        body.put("callIds", calls.stream().map(UUID::toString).toList());
        body.put("outcome", outcome);
        body.put("reason", reason);
        return body;
    }

    /** A screening that needs no programme: investigated, not worth applying. */
    static Map<String, Object> simpleScreening() {
        return screening(true, List.of(), List.of(), "NOT_WORTH_APPLYING", "För litet projekt för EU-medel");
    }

    /** Records an idea as the given caller and returns its id. */
    static UUID create(Api caller, UUID unitId, String title) {
        return UUID.fromString(caller.post("/api/v1/ideas", idea(unitId, title)).then().statusCode(201)
                .extract().path("id"));
    }

    /** Records the simple screening on a fresh idea (version 0) as admin. */
    static void screen(UUID ideaId) {
        Api.ADMIN.put("/api/v1/ideas/{id}/screening", "\"0\"", simpleScreening(), ideaId).then().statusCode(200);
    }

    static Response close(Api caller, UUID ideaId, String ifMatch) {
        return caller.request().header("If-Match", ifMatch).post("/api/v1/ideas/{id}/close", ideaId);
    }
}
