package se.sodertalje.euportal.common.error;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.StaleStateException;

/**
 * Translates what the database refuses into problems. Services check rules first; this catches
 * the races between a check and the commit, so even those answer 409/412 instead of 500.
 */
final class DatabaseProblems {

    private DatabaseProblems() {
    }

    static Optional<ApiProblem> toProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiProblem problem) {
                return Optional.of(problem);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return Optional.of(new ApiProblem(412, ProblemCode.STALE_VERSION, "Precondition failed",
                        "The record was changed by someone else; reload it and try again", null));
            }
            if (unavailable(t)) {
                return Optional.of(new ApiProblem(503, ProblemCode.SERVICE_UNAVAILABLE, "Service unavailable",
                        "The database cannot be reached just now; nothing was saved. Try again in a few seconds", null));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "23505":
                        return Optional.of(ApiProblem.conflict(ProblemCode.DUPLICATE, "A record with the same unique value already exists"));
                    case "23503":
                        return Optional.of(ApiProblem.conflict(ProblemCode.IN_USE, "The record is referred to by other records"));
                    case "23514", "23502", "22001":
                        return Optional.of(ApiProblem.badRequest("The request breaks a data constraint"));
                    // The database's own limits (a character it cannot store, a number or date out of its
                    // range): the input bounds refuse these first; this is the net behind them.
                    case "22P05", "22021", "22003", "22008", "22007", "54000":
                        return Optional.of(ApiProblem.badRequest("The request has a value the database cannot hold"));
                    default:
                        break;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The database is down or restarting, or the pool had no connection in time: a state that passes,
     * so 503 with Retry-After (the transaction was rolled back or never began), never 500.
     * SQLSTATE class 08 (connection), 57P01–57P03 (shut down, crashed, starting up).
     */
    static boolean unavailable(Throwable t) {
        if (t instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03"))) {
                return true;
            }
            // Agroal's pool: no connection within the acquisition timeout.
            return state == null && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout");
        }
        return false;
    }

    /** The client went away before its request was read or answered: nothing to answer, nothing failed here. */
    static boolean clientClosed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof io.vertx.core.http.HttpClosedException) {
                return true;
            }
            // Vert.x's output stream, when the answer is being written to a connection already gone.
            if (t instanceof java.io.IOException && "Connection has been closed".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
