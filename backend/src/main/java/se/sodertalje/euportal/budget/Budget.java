package se.sodertalje.euportal.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An application's budget draft; its frozen versions are {@link BudgetVersion}s. */
@Entity
@Table(name = "budget")
public class Budget extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @JdbcTypeCode(SqlTypes.JSON)
    public BudgetContent content;

    @Column(name = "updated_by_subject")
    public String updatedBySubject;

    @Column(name = "updated_by_name")
    public String updatedByName;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
