package se.sodertalje.euportal.report;

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
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.programme.CostCategory;

/** An expenditure line of a financial report: one paid invoice or salary, with its evidence. */
@Entity
@Table(name = "expenditure")
@Audited
public class Expenditure extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "partner_id")
    public UUID partnerId;

    @Enumerated(EnumType.STRING)
    public CostCategory category;

    @Column(name = "spent_on")
    public LocalDate spentOn;

    public String supplier;

    public String description;

    @Column(name = "invoice_number")
    public String invoiceNumber;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    public Currency currency;

    @Column(name = "vat_amount")
    public BigDecimal vatAmount = BigDecimal.ZERO;

    @Column(name = "vat_recoverable")
    public boolean vatRecoverable;

    @Version
    public long version;
}
