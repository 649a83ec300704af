package se.sodertalje.euportal.workplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** The International Office's financing of one year by source, in SEK, and the project-financed share it aims at. */
@Entity
@Table(name = "office_financing")
@Audited
public class OfficeFinancing extends PanacheEntityBase {

    @Id
    public Integer year;

    @Column(name = "municipal_grant")
    public BigDecimal municipalGrant;

    @Column(name = "company_grants")
    public BigDecimal companyGrants;

    @Column(name = "project_income")
    public BigDecimal projectIncome;

    @Column(name = "target_percent")
    public BigDecimal targetPercent;

    @NotAudited
    @Column(name = "updated_by_subject")
    public String updatedBySubject;

    @NotAudited
    @Column(name = "updated_by_name")
    public String updatedByName;

    @NotAudited
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
