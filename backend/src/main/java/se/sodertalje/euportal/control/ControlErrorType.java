package se.sodertalje.euportal.control;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A type of error a deduction names (ineligible cost, no evidence, …): a list advisors keep, in both languages. */
@Entity
@Table(name = "control_error_type")
@Audited
public class ControlErrorType extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_sv")
    public String nameSv;

    @Column(name = "name_en")
    public String nameEn;

    public boolean active = true;

    @Column(name = "sort_order")
    public int sortOrder = 100;

    @Version
    public long version;
}
