package se.sodertalje.euportal.application.attachment;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;

/** An attachment as listed: its safe name, detected type, size, checksum and who uploaded it when. */
@Schema(requiredProperties = {"id", "fileName", "mediaType", "sizeBytes", "sha256", "uploadedBy", "uploadedAt"})
public record AttachmentView(UUID id, String fileName, String mediaType, long sizeBytes, String sha256, Actor uploadedBy,
        Instant uploadedAt) {

    public static AttachmentView of(StoredFile a) {
        return new AttachmentView(a.id, a.fileName, a.mediaType, a.sizeBytes, a.sha256,
                new Actor(a.uploadedBySubject, a.uploadedByName), a.uploadedAt);
    }
}
