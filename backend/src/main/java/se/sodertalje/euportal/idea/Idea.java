package se.sodertalje.euportal.idea;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * A unit's project idea and its EU-funding screening (policy 2.d.iii). The screening fields are
 * null until the screening is recorded; it is replaced as a whole, never edited field by field.
 */
@Entity
@Table(name = "idea")
@Audited
public class Idea extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "unit_id")
    public UUID unitId;

    public String title;

    public String description;

    /** SEK, at most two decimals. */
    @Column(name = "estimated_cost")
    public BigDecimal estimatedCost;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public IdeaStatus status = IdeaStatus.OPEN;

    @Column(name = "created_by_subject")
    public String createdBySubject;

    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "screening_investigated")
    public Boolean investigated;

    @Enumerated(EnumType.STRING)
    @Column(name = "screening_outcome")
    public ScreeningOutcome outcome;

    @Column(name = "screening_reason")
    public String reason;

    @ElementCollection
    @CollectionTable(name = "idea_programme", joinColumns = @JoinColumn(name = "idea_id"))
    @Column(name = "programme_id")
    public Set<UUID> programmeIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "idea_call", joinColumns = @JoinColumn(name = "idea_id"))
    @Column(name = "call_id")
    public Set<UUID> callIds = new LinkedHashSet<>();

    @Column(name = "screened_by_subject")
    public String screenedBySubject;

    @Column(name = "screened_by_name")
    public String screenedByName;

    @Column(name = "screened_at")
    public Instant screenedAt;

    @Version
    public long version;

    public boolean isScreened() {
        return screenedAt != null;
    }
}
