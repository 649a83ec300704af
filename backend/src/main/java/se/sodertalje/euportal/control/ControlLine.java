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

/**
 * An expenditure line in a control: drawn into its sample, or carried in because an earlier
 * control parked it; with the controller's decision once made.
 */
@Entity
@Table(name = "control_line")
@Audited
public class ControlLine extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "control_id")
    public UUID controlId;

    @Column(name = "expenditure_id")
    public UUID expenditureId;

    @Column(name = "draw_id")
    public UUID drawId;

    /** Parked by an earlier report's control and decided in this one. */
    public boolean carried;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    /** DEDUCTED: in the line's own currency. */
    @Column(name = "deducted_amount")
    public BigDecimal deductedAmount;

    @Column(name = "error_type")
    public String errorType;

    public String comment;

    @Column(name = "decided_by_subject")
    public String decidedBySubject;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    public long version;
}
