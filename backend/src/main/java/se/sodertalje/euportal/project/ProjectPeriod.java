package se.sodertalje.euportal.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A reporting period of a project and the deadline of its reports (advisors may move it). */
@Entity
@Table(name = "project_period")
@Audited
public class ProjectPeriod extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    public int number;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "report_due")
    public LocalDate reportDue;

    @Version
    public long version;
}
