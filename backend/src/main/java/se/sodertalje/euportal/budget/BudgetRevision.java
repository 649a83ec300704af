package se.sodertalje.euportal.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * The change request of a REVISED budget version: the version itself stays frozen; this record says
 * whether it counts. Decided once (the database refuses a second decision).
 */
@Entity
@Table(name = "budget_revision")
@Audited
public class BudgetRevision extends PanacheEntityBase {

    /** The REVISED version's id. */
    @Id
    @Column(name = "version_id")
    public UUID versionId;

    @Column(name = "budget_id")
    public UUID budgetId;

    @Enumerated(EnumType.STRING)
    public RevisionState state;

    @Column(name = "decision_comment")
    public String decisionComment;

    @Column(name = "decided_by_subject")
    public String decidedBySubject;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    public long version;
}
