package se.sodertalje.euportal.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A subscriber to the changes feed: its URL gets each change of the kinds it wants, signed with its secret. */
@Entity
@Table(name = "webhook")
public class Webhook extends PanacheEntityBase {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "WebhookStatus")
    public enum Status {
        ACTIVE, PAUSED
    }

    @Id
    public UUID id;

    public String url;

    /** RecordType names; empty: every kind. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "record_types")
    public List<String> recordTypes = new ArrayList<>();

    public String description;

    public String secret;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "paused_reason")
    public String pausedReason;

    /** Deliveries exist for every change of the feed up to this position. */
    @Column(name = "fanned_out_to")
    public long fannedOutTo;

    @Column(name = "owner_subject")
    public String ownerSubject;

    @Column(name = "owner_name")
    public String ownerName;

    @Column(name = "owner_email")
    public String ownerEmail;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
