package se.sodertalje.euportal.control;

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

/** A controller appointed to a project by an advisor: they read the project and do its control work. */
@Entity
@Table(name = "project_controller")
@Audited
public class ProjectController extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "controller_subject")
    public String controllerSubject;

    @Column(name = "controller_name")
    public String controllerName;

    @Column(name = "controller_email")
    public String controllerEmail;

    @Column(name = "appointed_by_subject")
    public String appointedBySubject;

    @Column(name = "appointed_by_name")
    public String appointedByName;

    @Column(name = "appointed_at")
    public Instant appointedAt;

    @Version
    public long version;
}
