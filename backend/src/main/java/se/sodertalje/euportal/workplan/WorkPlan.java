package se.sodertalje.euportal.workplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** The International Office's work plan of one year: its goals with their activities and indicators, one document. */
@Entity
@Table(name = "work_plan")
@Audited
public class WorkPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    public int year;

    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PlanContent.Goal> goals = new ArrayList<>();

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

    public static WorkPlan ofYear(int year) {
        return find("year", year).firstResult();
    }
}
