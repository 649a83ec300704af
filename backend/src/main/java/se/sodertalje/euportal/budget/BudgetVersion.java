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
import java.util.List;
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

    /** The versions that count, by JPQL over {@code v}: every one but the revisions not (or not yet) approved. */
    public static final String COUNTS = "(v.kind <> se.sodertalje.euportal.budget.VersionKind.REVISED or v.id in"
            + " (select r.versionId from BudgetRevision r where r.state = se.sodertalje.euportal.budget.RevisionState.APPROVED))";

    /**
     * The version claims are measured against and exports call granted: the budget's last submitted,
     * granted or approved revised version; null when none.
     */
    public static BudgetVersion lastCounting(UUID budgetId) {
        List<BudgetVersion> last = getEntityManager().createQuery("select v from BudgetVersion v where v.budgetId = :b and "
                + COUNTS + " order by v.number desc", BudgetVersion.class).setParameter("b", budgetId).setMaxResults(1)
                .getResultList();
        return last.isEmpty() ? null : last.get(0);
    }
}
