package se.sodertalje.euportal.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Creates a fresh database on the real PostgreSQL server for one test run and drops it after.
 * TEST_DB_HOST, TEST_DB_PORT, TEST_DB_USER, TEST_DB_PASSWORD point elsewhere than 127.0.0.1:5432/postgres.
 * As in production, Flyway migrates as that user (the owner) and the application's pool connects as the runtime
 * role TEST_DB_RUNTIME_USER (euportal_app), created here when missing, like ops/db-roles.sql does.
 */
public class FreshDatabase implements QuarkusTestResourceLifecycleManager {

    /** Idempotent, and safe when parallel runs create the role at once. */
    private static final String RUNTIME_ROLE = """
            do $$ begin
                if not exists (select 1 from pg_roles where rolname = '%1$s') then
                    execute format('create role %%I login', '%1$s');
                end if;
            exception when duplicate_object or unique_violation then null;
            end $$""";

    private String name;

    @Override
    public Map<String, String> start() {
        name = "euportal_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
                + ThreadLocalRandom.current().nextInt(1000, 10000);
        execute(RUNTIME_ROLE.formatted(runtimeUser().replace("'", "''")));
        execute("create database " + name);
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host() + ":" + port() + "/" + name,
                "quarkus.datasource.username", runtimeUser(),
                "quarkus.datasource.password", runtimePassword(),
                "euportal.db.owner.username", user(),
                "euportal.db.owner.password", password());
    }

    @Override
    public void stop() {
        if (name != null) {
            execute("drop database if exists " + name + " with (force)");
        }
    }

    private static void execute(String sql) {
        String url = "jdbc:postgresql://" + host() + ":" + port() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database at " + url + ": " + e.getMessage(), e);
        }
    }

    private static String host() {
        return env("TEST_DB_HOST", "127.0.0.1");
    }

    private static String port() {
        return env("TEST_DB_PORT", "5432");
    }

    private static String user() {
        return env("TEST_DB_USER", "postgres");
    }

    private static String password() {
        return env("TEST_DB_PASSWORD", "");
    }

    /** The pool's user: a role that owns nothing and may not rewrite history. */
    public static String runtimeUser() {
        return env("TEST_DB_RUNTIME_USER", "euportal_app");
    }

    private static String runtimePassword() {
        return env("TEST_DB_RUNTIME_PASSWORD", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
