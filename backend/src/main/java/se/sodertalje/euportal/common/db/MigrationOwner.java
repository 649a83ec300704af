package se.sodertalje.euportal.common.db;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Flyway migrates as the schema's owner (DB_OWNER_USER), while the request pool connects as the runtime role
 * (DB_USER), which may not rewrite history (docs/decisions/0005-database-roles.md). Not quarkus.flyway.username:
 * that one is ignored unless a password is set too, and a local server with trust authentication has none.
 */
@Singleton
public class MigrationOwner implements FlywayConfigurationCustomizer {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "euportal.db.owner.username")
    Optional<String> username;

    @ConfigProperty(name = "euportal.db.owner.password")
    Optional<String> password;

    @Override
    public void customize(FluentConfiguration configuration) {
        username.filter(u -> !u.isBlank())
                .ifPresent(u -> configuration.dataSource(url, u, password.orElse("")));
    }
}
