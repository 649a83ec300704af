package se.sodertalje.euportal.application;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A unit's application for EU funding, from draft to the funder's decision. */
@Entity
@Table(name = "application")
@Audited
public class Application extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "call_id")
    public UUID callId;

    @Column(name = "idea_id")
    public UUID ideaId;

    public String title;

    public String acronym;

    public String summary;

    public String objectives;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "work_packages")
    public List<WorkPackage> workPackages = new ArrayList<>();

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status = ApplicationStatus.DRAFT;

    /** The unit's own tracking status, free text (what users of comparable systems ask for). */
    @Column(name = "internal_status")
    public String internalStatus;

    @Column(name = "funder_reference")
    public String funderReference;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Column(name = "decision_on")
    public LocalDate decisionOn;

    @Column(name = "granted_amount")
    public BigDecimal grantedAmount;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @NotAudited
    @Column(name = "created_by_subject")
    public String createdBySubject;

    @NotAudited
    @Column(name = "created_by_name")
    public String createdByName;

    @NotAudited
    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
