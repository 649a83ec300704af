package se.sodertalje.euportal.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** An EU decision (act) that affects the municipality, with the office's assessment and its follow-up. */
@Entity
@Table(name = "eu_decision")
@Audited
public class EuDecision extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public String title;

    /** A CELEX number (e.g. 32016R0679) or a link to the act. */
    @Column(name = "act_reference")
    public String actReference;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "main_task")
    public MainTask mainTask;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "unit_ids")
    public List<UUID> unitIds = new ArrayList<>();

    @Column(name = "impact_assessment")
    public String impactAssessment;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<StoredAction> actions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public DecisionStatus status = DecisionStatus.REGISTERED;

    @Column(name = "created_by_subject")
    public String createdBySubject;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
