package se.sodertalje.euportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.FreshDatabase;

/**
 * The application's own connections (the runtime role) cannot rewrite history: no UPDATE, DELETE or TRUNCATE on
 * any history table, no way around the triggers, no ALTER; the erasure function is the one sanctioned rewrite.
 */
@QuarkusTest
class RuntimeRoleTest {

    /** At least these are history tables (V85's history_tables()); later migrations may add more. */
    private static final Set<String> HISTORY = Set.of("revinfo", "application_aud", "application_partner_aud",
            "call_watch_aud", "contact_person_aud", "control_clarification_aud", "control_error_type_aud",
            "control_line_aud", "eu_decision_answer_aud", "eu_decision_aud", "event_aud", "event_registration_aud",
            "expenditure_aud", "external_network_aud", "external_network_meeting_aud", "funder_correction_aud",
            "funding_call_aud", "idea_aud", "idea_call_aud", "idea_programme_aud", "library_result_aud",
            "office_financing_aud", "partner_organisation_aud", "programme_aud", "project_aud",
            "project_controller_aud", "project_period_aud", "project_report_aud", "report_control_aud",
            "twin_town_activity_aud", "twin_town_aud", "unit_aud", "work_plan_aud", "work_plan_follow_up_aud",
            "control_draw", "control_event", "application_transition", "report_transition", "application_snapshot",
            "application_comment", "budget_version", "export_log", "file_log", "erasure_log");

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "euportal.db.owner.username")
    String owner;

    @ConfigProperty(name = "euportal.db.owner.password")
    Optional<String> ownerPassword;

    @Test
    void thePoolShouldConnectAsTheRuntimeRoleThatOwnsNothing() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals(FreshDatabase.runtimeUser(), one(s, "select current_user"));
            assertEquals("f", one(s, "select rolsuper::text::char from pg_roles where rolname = current_user"));
            assertEquals("0", one(s, "select count(*) from pg_class where relowner = "
                    + "(select oid from pg_roles where rolname = current_user)"));
            assertEquals("0", one(s, "select count(*) from pg_proc where proowner = "
                    + "(select oid from pg_roles where rolname = current_user)"));
        }
    }

    @Test
    void everyHistoryTableShouldBeReadableAndAppendableOnly() throws SQLException {
        Set<String> history = history();
        assertTrue(history.containsAll(HISTORY), "history tables missing: " + missing(history));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : history) {
                assertEquals("t t f f f f", one(s, "select concat_ws(' ', " + privileges(table) + ")"), table);
            }
            // Ordinary tables: read and write, never TRUNCATE.
            try (ResultSet rs = s.executeQuery("select c.relname, concat_ws(' ', " + privileges("c.oid") + ")"
                    + " from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')"
                    + " and c.oid not in (select history_tables()) and c.relname <> 'flyway_schema_history'")) {
                int ordinary = 0;
                while (rs.next()) {
                    assertEquals("t t t t f f", rs.getString(2), rs.getString(1));
                    ordinary++;
                }
                assertTrue(ordinary > 40, "ordinary tables: " + ordinary);
            }
        }
    }

    @Test
    void theRuntimeRoleShouldNotRewriteNorUnguardAnyHistoryTable() throws SQLException {
        List<String> allowed = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : history()) {
                String column = one(s, "select attname from pg_attribute where attrelid = '" + table
                        + "'::regclass and attnum > 0 and not attisdropped order by attnum limit 1");
                for (String sql : List.of(
                        "update " + table + " set " + column + " = " + column,
                        "delete from " + table,
                        "truncate " + table,
                        "alter table " + table + " disable trigger user",
                        "alter table " + table + " add column rewritten integer",
                        "drop table " + table)) {
                    refused(s, sql, allowed);
                }
            }
            refused(s, "set session_replication_role = replica", allowed);
            refused(s, "create or replace function audit_append_only() returns trigger language plpgsql"
                    + " as 'begin return new; end'", allowed);
            // The trigger's erasure flag alone opens nothing: the role has no UPDATE to use it with.
            s.execute("select set_config('euportal.audit_erasure', 'on', false)");
            refused(s, "update contact_person_aud set name = 'Rewritten'", allowed);
            refused(s, "update export_log set resource = 'Rewritten'", allowed);
            s.execute("select set_config('euportal.audit_erasure', 'off', false)");
        }
        assertEquals(List.of(), allowed, "the runtime role could run these");
    }

    @Test
    void theErasureFunctionShouldOnlyAnonymiseWhatThePortalErased() throws SQLException {
        UUID unit = Api.createUnit(Api.uniqueCode("RR"), "Rollkontoret");
        UUID person = Api.createContact(unit, "Kvar Person", "kvar@example.se", "OTHER");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try {
                s.execute("select erase_contact_person_history('" + person + "')");
                fail("a person not erased had its history rewritten");
            } catch (SQLException e) {
                assertEquals("42501", e.getSQLState(), e.getMessage());
            }
            try {
                s.execute("select erase_email_in_history('unit', 'kvar@example.se')");
                fail("an unknown register was accepted");
            } catch (SQLException e) {
                assertEquals("22023", e.getSQLState(), e.getMessage());
            }
            assertEquals("1", one(s, "select count(*) from contact_person_aud where name = 'Kvar Person' and id = '"
                    + person + "'"));
        }
    }

    /** The triggers stay the second lock, for the owner too (row triggers: on tables with rows). */
    @Test
    void evenTheOwnerShouldRewriteNoHistoryOutsideAnErasure() throws SQLException {
        UUID unit = Api.createUnit(Api.uniqueCode("RO"), "Ägarkontoret");
        UUID person = Api.createContact(unit, "Ägd Person", "agd@example.se", "OTHER");
        try (Connection c = DriverManager.getConnection(url, owner, ownerPassword.orElse("")); Statement s = c.createStatement()) {
            for (String sql : List.of("update contact_person_aud set name = 'Rewritten' where id = '" + person + "'",
                    "delete from revinfo", "delete from unit_aud where id = '" + unit + "'")) {
                try {
                    s.execute(sql);
                    fail("the triggers let the owner run " + sql);
                } catch (SQLException e) {
                    assertEquals("P0001", e.getSQLState(), sql + ": " + e.getMessage());
                }
            }
        }
    }

    private Set<String> history() throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select history_tables()::text")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertFalse(tables.isEmpty());
        return tables;
    }

    private static Set<String> missing(Set<String> history) {
        Set<String> missing = new TreeSet<>(HISTORY);
        missing.removeAll(history);
        return missing;
    }

    /** SELECT INSERT UPDATE DELETE TRUNCATE TRIGGER of the current user on the table, as t/f. */
    private static String privileges(String table) {
        String on = table.startsWith("c.") ? table : "'" + table + "'";
        StringBuilder sql = new StringBuilder();
        for (String p : List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "TRIGGER")) {
            sql.append(sql.isEmpty() ? "" : ", ").append("has_table_privilege(").append(on).append(", '").append(p)
                    .append("')::text::char");
        }
        return sql.toString();
    }

    private static void refused(Statement s, String sql, List<String> allowed) {
        try {
            s.execute(sql);
            allowed.add(sql);
        } catch (SQLException e) {
            if (!"42501".equals(e.getSQLState())) {
                allowed.add(sql + " (refused for another reason: " + e.getSQLState() + " " + e.getMessage() + ")");
            }
        }
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
