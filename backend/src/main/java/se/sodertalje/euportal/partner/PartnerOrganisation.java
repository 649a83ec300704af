package se.sodertalje.euportal.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** An organisation the municipality may work with in EU projects. */
@Entity
@Table(name = "partner_organisation")
@Audited
public class PartnerOrganisation extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "legal_name")
    public String legalName;

    @Column(name = "english_name")
    public String englishName;

    public String country;

    public String region;

    public String city;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type")
    public OrganisationType type;

    public String pic;

    @Column(name = "vat_number")
    public String vatNumber;

    public String website;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> expertise = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> languages = new ArrayList<>();

    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PartnerContact> contacts = new ArrayList<>();

    @Column(name = "twin_town")
    public boolean twinTown;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> networks = new ArrayList<>();

    @NotAudited
    @Column(name = "name_key")
    public String nameKey;

    @NotAudited
    @Column(name = "history_terms")
    public String historyTerms;

    @NotAudited
    @Column(name = "projects_count")
    public int projectsCount;

    @NotAudited
    @Column(name = "coordinated_count")
    public int coordinatedCount;

    @Version
    public long version;
}
