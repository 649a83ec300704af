package se.sodertalje.euportal.programme;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** An EU funding programme (e.g. ERDF Stockholm 2021–2027) with its money rules. */
@Entity
@Table(name = "programme")
@Audited
public class Programme extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    /** Stable code; for programmes of the EU Funding & Tenders Portal its programme id. */
    public String code;

    @Enumerated(EnumType.STRING)
    public Fund fund;

    public String name;

    @Column(name = "managing_authority")
    public String managingAuthority;

    @JdbcTypeCode(SqlTypes.JSON)
    public RuleSet rules;

    @Version
    public long version;
}
