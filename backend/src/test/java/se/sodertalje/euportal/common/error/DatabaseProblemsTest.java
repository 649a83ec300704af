package se.sodertalje.euportal.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What passes (the database restarting, the pool exhausted) answers 503; what the client did is not a 500. */
class DatabaseProblemsTest {

    @Test
    void aDatabaseThatIsDownOrRestartingIsUnavailable() {
        for (String state : new String[] {"08001", "08006", "57P01", "57P03"}) {
            ApiProblem problem = DatabaseProblems.toProblem(new RuntimeException(new SQLException("gone", state))).orElseThrow();
            assertEquals(503, problem.status(), state);
            assertEquals("SERVICE_UNAVAILABLE", problem.code().code(), state);
        }
        assertEquals(503, DatabaseProblems.toProblem(new SQLException("Sorry, acquisition timeout!")).orElseThrow().status());
    }

    @Test
    void otherDatabaseErrorsAreNotCalledUnavailable() {
        assertTrue(DatabaseProblems.toProblem(new SQLException("syntax", "42601")).isEmpty());
        assertEquals(409, DatabaseProblems.toProblem(new SQLException("duplicate", "23505")).orElseThrow().status());
    }

    @Test
    void aClientThatClosedTheConnectionIsRecognisedThroughTheCauses() {
        var closed = new IOException(new IOException(new io.vertx.core.http.HttpClosedException("Connection was closed")));
        assertTrue(DatabaseProblems.clientClosed(closed));
        assertFalse(DatabaseProblems.clientClosed(new IOException("disk")));
    }
}
