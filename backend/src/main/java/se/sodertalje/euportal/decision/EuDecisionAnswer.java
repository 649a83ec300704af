package se.sodertalje.euportal.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A concerned unit's own assessment of an EU decision, written by its coordinator or members. */
@Entity
@Table(name = "eu_decision_answer")
@Audited
public class EuDecisionAnswer extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "unit_id")
    public UUID unitId;

    public String assessment;

    @Column(name = "answered_by_subject")
    public String answeredBySubject;

    @Column(name = "answered_by_name")
    public String answeredByName;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Version
    public long version;
}
