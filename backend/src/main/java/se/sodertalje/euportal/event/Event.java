package se.sodertalje.euportal.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A training, meeting or visit the International Office arranges; times are instants, shown in Swedish time. */
@Entity
@Table(name = "event")
@Audited
public class Event extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public String title;

    @Enumerated(EnumType.STRING)
    public EventKind kind;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String place;

    public String link;

    @Enumerated(EnumType.STRING)
    public Audience audience;

    @Column(name = "audience_units")
    @Convert(converter = UnitIdsConverter.class)
    public List<UUID> audienceUnits = List.of();

    public String organiser;

    public String description;

    /** Seats; null means no limit. */
    public Integer capacity;

    @Column(name = "created_by_subject")
    public String createdBySubject;

    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
