package se.sodertalje.euportal.application.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An annex of an application (letter of intent, CV, budget sheet…), stored in the database. */
@Entity
@Table(name = "application_attachment")
public class Attachment extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

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
}
