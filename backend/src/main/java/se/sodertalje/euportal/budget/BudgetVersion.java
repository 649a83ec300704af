package se.sodertalje.euportal.budget;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A frozen version of a budget; the database refuses to change one. */
@Entity
@Table(name = "budget_version")
public class BudgetVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "budget_id")
    public UUID budgetId;

    public int number;

    @Enumerated(EnumType.STRING)
    public VersionKind kind;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public BudgetContent content;

    @Column(name = "created_by_subject")
    public String createdBySubject;

    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "created_at")
    public Instant createdAt;
}
