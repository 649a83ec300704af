package se.sodertalje.euportal.support.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A fingerprint of every table's contents: its row count and the sum of its rows' creating
 * transaction ids (xmin), which any insert, update or delete changes. Cheap enough to take around
 * every refused request of the fuzz test (a scan of small tables, no detoasting).
 */
public final class TableChecksum {

    /** Written on every authenticated request (the caller's profile), not by the request's own effect. */
    private static final String IGNORED = "'app_user', 'flyway_schema_history'";

    private final DataSource dataSource;
    private String query;

    public TableChecksum(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String take() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (query == null) {
                // The statement is built once; no function of the test's own, as the runtime role may create none.
                String union;
                try (ResultSet tables = statement.executeQuery("select string_agg(format('select %L as t, count(*) as n, "
                        + "coalesce(sum(xmin::text::bigint), 0) as x from %I', table_name, table_name), ' union all ' "
                        + "order by table_name) from information_schema.tables where table_schema = 'public' "
                        + "and table_type = 'BASE TABLE' and table_name not in (" + IGNORED + ")")) {
                    tables.next();
                    union = tables.getString(1);
                }
                query = "select string_agg(t || ':' || n || ':' || x, ',' order by t) from (" + union + ") s";
            }
            try (ResultSet sums = statement.executeQuery(query)) {
                sums.next();
                return sums.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the tables' checksum", e);
        }
    }

    /** The tables whose entries differ between two checksums, for the failure message. */
    public static String difference(String before, String after) {
        java.util.Set<String> a = new java.util.LinkedHashSet<>(java.util.List.of(before.split(",")));
        java.util.Set<String> b = new java.util.LinkedHashSet<>(java.util.List.of(after.split(",")));
        java.util.Set<String> changed = new java.util.TreeSet<>();
        for (String entry : a) {
            if (!b.contains(entry)) {
                changed.add(entry.substring(0, entry.indexOf(':')));
            }
        }
        for (String entry : b) {
            if (!a.contains(entry)) {
                changed.add(entry.substring(0, entry.indexOf(':')));
            }
        }
        return changed.toString();
    }
}
