package se.sodertalje.euportal.common.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.sodertalje.euportal.common.paging.Page;

/**
 * Any list the API answers (a page or a plain list) as CSV when asked with {@code Accept: text/csv}:
 * one row per item, one column per field as the JSON has it (nested fields as {@code unit.code},
 * lists joined with "; "), the same filters and sort as the JSON, every matching row.
 */
@Provider
@Produces(CsvMedia.TEXT_CSV)
public class CsvListWriter implements MessageBodyWriter<Object> {

    @Inject
    ObjectMapper json;

    @Inject
    CurrentVertxRequest request;

    @Inject
    Event<ListExported> exported;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType.isCompatible(MediaType.valueOf(CsvMedia.TEXT_CSV))
                && (Page.class.isAssignableFrom(type) || List.class.isAssignableFrom(type));
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        List<?> items = value instanceof Page<?> page ? page.items() : (List<?>) value;
        List<Map<String, String>> rows = new ArrayList<>(items.size());
        Set<String> columns = new LinkedHashSet<>();
        for (Object item : items) {
            Map<String, String> row = new LinkedHashMap<>();
            flatten("", json.valueToTree(item), row);
            columns.addAll(row.keySet());
            rows.add(row);
        }
        headers.putSingle("Content-Type", CsvMedia.TEXT_CSV + "; charset=UTF-8");
        headers.putSingle("Content-Disposition", "attachment; filename=\"export.csv\"");
        MessageDigest digest = sha256();
        CountingOutputStream counted = new CountingOutputStream(new DigestOutputStream(out, digest));
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8));
        CsvWriter csv = new CsvWriter(writer);
        csv.row(List.copyOf(columns));
        for (Map<String, String> row : rows) {
            csv.row(columns.stream().map(row::get).toList());
        }
        writer.flush();
        // Every export is recorded: who (the observer knows), which list, and the hash of what was sent.
        exported.fire(new ListExported(request.getCurrent().request().uri(), HexFormat.of().formatHex(digest.digest()),
                counted.count));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the bytes that pass. */
    private static final class CountingOutputStream extends FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> row) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), row);
            }
        } else if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(element -> parts.add(element.isValueNode() ? element.asText() : element.toString()));
            row.put(prefix, String.join("; ", parts));
        } else {
            row.put(prefix, node.isNull() ? null : node.asText());
        }
    }
}
