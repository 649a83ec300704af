package se.sodertalje.euportal.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a report's workflow, kept for its timeline (rows are immutable in the database). */
@Entity
@Table(name = "report_transition")
public class ReportTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    @Enumerated(EnumType.STRING)
    public ReportAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ReportStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ReportStatus toStatus;

    public String comment;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    public Instant at;

    /** The lines an advisor confirmed without evidence in this step (ACCEPT, SEND_TO_FUNDER), else null. */
    @jakarta.persistence.Column(name = "lines_without_evidence")
    public Integer linesWithoutEvidence;
}
