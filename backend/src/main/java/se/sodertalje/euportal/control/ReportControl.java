package se.sodertalje.euportal.control;

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
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** The control of a financial report: its findings, follow-up and conclusion, who closed it and why it was reopened. */
@Entity
@Table(name = "report_control")
@Audited
public class ReportControl extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    @Enumerated(EnumType.STRING)
    public ControlStatus status = ControlStatus.RUNNING;

    public String findings;

    @Column(name = "follow_up_previous")
    public String followUpPrevious;

    @Column(name = "follow_up_next")
    public String followUpNext;

    public String conclusion;

    @NotAudited
    @Column(name = "started_by_subject")
    public String startedBySubject;

    @NotAudited
    @Column(name = "started_by_name")
    public String startedByName;

    @NotAudited
    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "closed_by_subject")
    public String closedBySubject;

    @Column(name = "closed_by_name")
    public String closedByName;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "reopen_reason")
    public String reopenReason;

    @NotAudited
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
