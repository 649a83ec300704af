package se.sodertalje.euportal.twintown;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** One entry of a twin town's cooperation log: a visit, a joint application, a project, an exchange. */
@Entity
@Table(name = "twin_town_activity")
@Audited
public class TwinTownActivity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "twin_town_id")
    public UUID twinTownId;

    @Enumerated(EnumType.STRING)
    public ActivityKind kind;

    public String title;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "unit_ids")
    public List<UUID> unitIds = new ArrayList<>();

    public String outcome;

    @NotAudited
    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
