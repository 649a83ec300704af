package se.sodertalje.euportal.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery, as docs/integrations.md tells receivers to check it: HMAC-SHA256 keyed with
 * the subscriber's secret (its UTF-8 bytes) over the timestamp header, a full stop and the raw body, in
 * lower-case hex, sent as {@code X-Euportal-Signature: sha256=<hex>}. The timestamp inside the signed text
 * lets a receiver refuse replays of old deliveries.
 */
public final class WebhookSignature {

    public static final String DELIVERY_HEADER = "X-Euportal-Delivery";
    public static final String TIMESTAMP_HEADER = "X-Euportal-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Euportal-Signature";

    private WebhookSignature() {
    }

    /** The header value: "sha256=" and the hex HMAC of timestamp + "." + body. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
