package se.sodertalje.euportal.workplan;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A work plan's follow-up of one tertial: the activities' statuses and the indicators' values as
 * recorded (a self-contained document, so the board report reads the same later). Frozen once reported.
 */
@Entity
@Table(name = "work_plan_follow_up")
@Audited
public class FollowUp extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Enumerated(EnumType.STRING)
    public Tertial tertial;

    @JdbcTypeCode(SqlTypes.JSON)
    public FollowUpContent content;

    @Column(name = "recorded_by_subject")
    public String recordedBySubject;

    @Column(name = "recorded_by_name")
    public String recordedByName;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "reported_by_subject")
    public String reportedBySubject;

    @Column(name = "reported_by_name")
    public String reportedByName;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Version
    public long version;

    public boolean reported() {
        return reportedAt != null;
    }
}
