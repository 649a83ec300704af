package se.sodertalje.euportal.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A funded project: what a granted application becomes. Reporting and budgets build on it. */
@Entity
@Table(name = "project")
@Audited
public class Project extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "call_id")
    public UUID callId;

    public String title;

    public String acronym;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "granted_amount")
    public BigDecimal grantedAmount;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status = ProjectStatus.RUNNING;

    /** State aid applies: its records are kept for the programme's state-aid years. */
    @Column(name = "state_aid")
    public boolean stateAid;

    /** The funder's last payment to the project, from the payments recorded on its claims. */
    @Column(name = "last_payment_on")
    public LocalDate lastPaymentOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    /** Its records are kept until this day (set when it closes). */
    @Column(name = "retention_until")
    public LocalDate retentionUntil;

    @NotAudited
    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
