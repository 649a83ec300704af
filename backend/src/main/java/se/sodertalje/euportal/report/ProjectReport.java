package se.sodertalje.euportal.report;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A project's progress, financial or final report. A financial report's rate is frozen at its first submission. */
@Entity
@Table(name = "project_report")
@Audited
public class ProjectReport extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    public ReportKind kind;

    @Column(name = "period_number")
    public Integer periodNumber;

    @Enumerated(EnumType.STRING)
    public ReportStatus status = ReportStatus.DRAFT;

    @JdbcTypeCode(SqlTypes.JSON)
    public ReportContent content;

    @Column(name = "rate_month")
    public LocalDate rateMonth;

    @Column(name = "units_per_eur")
    public BigDecimal unitsPerEur;

    @NotAudited
    @Column(name = "first_submitted_at")
    public Instant firstSubmittedAt;

    @Column(name = "reopen_reason")
    public String reopenReason;

    @Column(name = "sent_on")
    public LocalDate sentOn;

    @Column(name = "funder_reference")
    public String funderReference;

    @Column(name = "eu_claimed")
    public BigDecimal euClaimed;

    @Column(name = "paid_amount")
    public BigDecimal paidAmount;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    @NotAudited
    @Column(name = "created_by_subject")
    public String createdBySubject;

    @NotAudited
    @Column(name = "created_by_name")
    public String createdByName;

    @NotAudited
    @Column(name = "created_at")
    public Instant createdAt;

    @NotAudited
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
