package se.sodertalje.euportal.application.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import se.sodertalje.euportal.common.Hashes;

/**
 * A file kept in the database with its safe name, detected type, size, checksum and who uploaded it
 * when: an application's attachment, or an expenditure line's evidence.
 */
@MappedSuperclass
public abstract class StoredFile extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    /** Loaded only when the file itself is asked for, not for lists. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    @Column(name = "uploaded_by_subject")
    public String uploadedBySubject;

    @Column(name = "uploaded_by_name")
    public String uploadedByName;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    /** Fills in a file that passed {@link Uploads#check}, under the safe form of the name the user gave it. */
    public void store(String requestedName, FileType type, byte[] bytes, String subject, String name, Instant at) {
        fileName = SafeFileName.of(requestedName, type);
        mediaType = type.mediaType();
        sizeBytes = bytes.length;
        sha256 = Hashes.sha256(bytes);
        content = bytes;
        uploadedBySubject = subject;
        uploadedByName = name;
        uploadedAt = at;
    }
}
