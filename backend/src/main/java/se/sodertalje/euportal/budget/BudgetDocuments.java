package se.sodertalje.euportal.budget;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Budget drafts as the API writes them, kept gzip-compressed: a draft of thousands of lines is read,
 * parsed, summarised, checked, written as JSON and compressed once per saved version instead of on
 * every request. A document is used only while everything it was made from is unchanged: the draft's
 * version (moved by every save), the frame it was checked against (rules, partnership, periods) and
 * whether the application is still a draft; all three are read from the database on each request,
 * so several instances never serve each other's old figures.
 */
@ApplicationScoped
class BudgetDocuments {

    /** The most compressed bytes kept; the least recently used documents go first. */
    private static final long MAX_BYTES = 32L * 1024 * 1024;

    /** What a document was made from. */
    record Stamp(UUID budgetId, long version, BudgetFrame frame, boolean editable, boolean lines) {
    }

    record Document(Stamp stamp, byte[] gzip) {
    }

    private record Key(UUID budgetId, boolean lines) {
    }

    private final LinkedHashMap<Key, Document> documents = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    @Inject
    ObjectMapper json;

    /** The document of this stamp, made from the view when none is kept for it. */
    Document document(Stamp stamp, Supplier<BudgetView> view) {
        Key key = new Key(stamp.budgetId(), stamp.lines());
        synchronized (this) {
            Document kept = documents.get(key);
            if (kept != null && kept.stamp().equals(stamp)) {
                return kept;
            }
        }
        BudgetView made = view.get();
        // Filed under the version it was made from: a save between reading the stamp and the draft is not hidden.
        Stamp madeFrom = new Stamp(stamp.budgetId(), made.version(), stamp.frame(), stamp.editable(), stamp.lines());
        Document document = new Document(madeFrom, gzip(stamp.lines() ? made : made.withoutLines()));
        synchronized (this) {
            Document old = documents.put(key, document);
            bytes += document.gzip().length - (old == null ? 0 : old.gzip().length);
            for (Iterator<Map.Entry<Key, Document>> it = documents.entrySet().iterator(); bytes > MAX_BYTES && it.hasNext();) {
                bytes -= it.next().getValue().gzip().length;
                it.remove();
            }
        }
        return document;
    }

    private byte[] gzip(BudgetView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zipped = new GZIPOutputStream(out, 64 * 1024)) {
            json.writeValue(zipped, view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
