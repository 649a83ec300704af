package se.sodertalje.euportal.scan;

import java.time.Instant;
import java.util.UUID;
import se.sodertalje.euportal.audit.Actor;

/** An upload the virus scan refused; the file itself was never stored. */
public record RefusedUploadView(long id, Instant at, UploadKind kind, UUID recordId, UUID applicationId, String fileName,
        long sizeBytes, String sha256, String signature, Actor actor) {
}
