package se.sodertalje.euportal.programme.imports;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

/** The refresh reads its configured source (in tests target/call-refresh-test.json) and imports it all or nothing. */
@QuarkusTest
class CallRefreshTest {

    static final Path SOURCE = Path.of("target", "call-refresh-test.json");

    /** The source is removed whatever happens: the role matrix expects none (502 CALL-003). */
    @org.junit.jupiter.api.AfterEach
    void removeSource() throws Exception {
        Files.deleteIfExists(SOURCE);
    }

    @Test
    void theRefreshShouldImportItsSourceAndRefuseABadOneWhole() throws Exception {
        String id = Api.uniqueCode("REFRESH");
        String deadline = LocalDate.now().plusMonths(4).toString();
        Files.writeString(SOURCE, """
                [{"topicId":"%s","title":"Uppdaterad utlysning","programme":"LIFE","programmeId":"43252405",
                  "deadline":"%s","callStatus":"open","keywords":""}]""".formatted(id, deadline), StandardCharsets.UTF_8);
        Api.applicant("UTB").request().post("/api/v1/calls/refresh").then().statusCode(403);
        Api.ADVISOR.request().post("/api/v1/calls/refresh").then().statusCode(200).body("created", equalTo(1));
        Api.ADVISOR.request().post("/api/v1/calls/refresh").then().statusCode(200).body("updated", equalTo(1));

        Files.writeString(SOURCE, """
                [{"topicId":"%s-2","title":"Ny","programme":"LIFE","programmeId":"43252405","deadline":"%s"},
                 {"topicId":"%s-3","title":"Trasig","programme":"LIFE","programmeId":"43252405","deadline":"snart"}]"""
                .formatted(id, deadline, id), StandardCharsets.UTF_8);
        Api.ADVISOR.request().post("/api/v1/calls/refresh").then().statusCode(400).body("code", equalTo("IMPORT-001"));
        // Not "total 0": the search's prefix matching finds the first call too when its code starts with a 2.
        Api.ADVISOR.get("/api/v1/calls?q=" + id).then().body("items.identifier",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id + "-2")));

        Files.delete(SOURCE);
        Api.ADVISOR.request().post("/api/v1/calls/refresh").then().statusCode(502).body("code", equalTo("CALL-003"));
    }
}
