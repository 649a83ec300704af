package se.sodertalje.euportal.ops;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the database, in place of Quarkus' own check (quarkus.datasource.health.enabled=false):
 * that one validates whichever pooled connection it is handed and reports DOWN when it is stale, so after
 * PostgreSQL restarted an idle instance failed its readiness once per stale connection while the database
 * was fine (issue 15). This one takes a connection the way requests do (idle ones are validated first),
 * and when that one is dead all the same, drops the pool's invalid connections and tries once more.
 * DOWN only when the database itself does not answer.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    /** The name Quarkus' check had: dashboards and tests read it. */
    static final String NAME = "Database connections health check";

    private static final int VALID_SECONDS = 3;

    @Inject
    AgroalDataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        String failure = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                if (connection.isValid(VALID_SECONDS)) {
                    return HealthCheckResponse.named(NAME).up().withData("<default>", "UP").build();
                }
                failure = "validation check failed for the default DataSource";
            } catch (SQLException e) {
                failure = "no connection to the default DataSource: " + e.getMessage();
            }
            dataSource.flush(AgroalDataSource.FlushMode.INVALID);
        }
        return HealthCheckResponse.named(NAME).down().withData("<default>", failure).build();
    }
}
