package se.sodertalje.euportal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The worked example of docs/integrations.md is what the portal really sends. */
class DocumentedSignatureTest {

    private static String row(String doc, String label) {
        Matcher m = Pattern.compile("\\| " + Pattern.quote(label) + " \\| `([^`]*)` \\|").matcher(doc);
        assertTrue(m.find(), "docs/integrations.md has the example's " + label);
        return m.group(1);
    }

    @Test
    void theDocumentedExampleShouldBeThePortalsSignature() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "integrations.md"));
        String secret = row(doc, "secret");
        long timestamp = Long.parseLong(row(doc, "`X-Euportal-Timestamp`"));
        String body = row(doc, "body");
        String signature = row(doc, "`X-Euportal-Signature`");
        assertEquals(signature, WebhookSignature.sign(secret, timestamp, body));
        assertTrue(WebhookDeliveryTest.verifies(secret, Long.toString(timestamp), body, signature),
                "the receiver's recipe agrees");
        assertTrue(doc.contains("X-Euportal-Signature: " + signature), "the example request shows the same signature");
    }
}
