package se.sodertalje.euportal.control;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A controller's request for clarification to the unit, and the unit's answer; dates kept. */
@Entity
@Table(name = "control_clarification")
@Audited
public class ControlClarification extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "control_id")
    public UUID controlId;

    /** The line it is about, if one. */
    @Column(name = "expenditure_id")
    public UUID expenditureId;

    public String question;

    @NotAudited
    @Column(name = "asked_by_subject")
    public String askedBySubject;

    @NotAudited
    @Column(name = "asked_by_name")
    public String askedByName;

    @NotAudited
    @Column(name = "asked_at")
    public Instant askedAt;

    @Column(name = "due_on")
    public LocalDate dueOn;

    public String answer;

    @Column(name = "answered_by_subject")
    public String answeredBySubject;

    @Column(name = "answered_by_name")
    public String answeredByName;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Version
    public long version;
}
