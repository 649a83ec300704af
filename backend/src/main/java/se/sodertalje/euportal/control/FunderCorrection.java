package se.sodertalje.euportal.control;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import se.sodertalje.euportal.programme.CostCategory;

/**
 * The funder's own deduction from a claim it paid less for: eligible expenditure of a partner and
 * category it did not accept, in the budget's currency, with its reason.
 */
@Entity
@Table(name = "funder_correction")
@Audited
public class FunderCorrection extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "partner_id")
    public UUID partnerId;

    @Enumerated(EnumType.STRING)
    public CostCategory category;

    public BigDecimal amount;

    public String reason;

    @Column(name = "recorded_by_subject")
    public String recordedBySubject;

    @Column(name = "recorded_by_name")
    public String recordedByName;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Version
    public long version;
}
