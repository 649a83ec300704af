package se.sodertalje.euportal.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.sodertalje.euportal.common.csv.CsvWriter;

/** Rows of a query written to a CSV file as they are read, with the column names as header. */
final class TableCsv {

    private static final int FETCH = 500;

    private TableCsv() {
    }

    /** @param sql a query with one parameter, the id that selects the project's rows */
    static void dump(Connection connection, String sql, UUID id, Path file) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            statement.setFetchSize(FETCH);
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                CsvWriter csv = new CsvWriter(writer);
                List<String> header = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    header.add(meta.getColumnLabel(c));
                }
                csv.row(header);
                while (rows.next()) {
                    List<Object> values = new ArrayList<>(header.size());
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        Object value = rows.getObject(c);
                        values.add(value instanceof byte[] ? "(" + ((byte[]) value).length + " bytes)" : value);
                    }
                    csv.row(values);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
