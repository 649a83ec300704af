package se.sodertalje.euportal.export;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One export (of a project, or of a list as CSV): who, what, when, and the SHA-256 of what they got (rows are immutable). */
@Entity
@Table(name = "export_log")
public class ExportLog extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    public ExportKind kind;

    public String language;

    public String sha256;

    /** A list export: the list asked for (path and query). */
    public String resource;

    @Column(name = "size_bytes")
    public long sizeBytes;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    public Instant at;
}
