package se.sodertalje.euportal.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The application's content as submitted, with its SHA-256; the database refuses any change. */
@Entity
@Table(name = "application_snapshot")
public class ApplicationSnapshot extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** The canonical JSON of {@link ApplicationContent}, kept as text so that its hash stays checkable. */
    public String content;

    public String sha256;
}
