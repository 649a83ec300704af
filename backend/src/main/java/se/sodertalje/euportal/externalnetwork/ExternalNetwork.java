package se.sodertalje.euportal.externalnetwork;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** An external network the International Office takes part in (SEU, EFFEKNET, SEUS…). */
@Entity
@Table(name = "external_network")
@Audited
public class ExternalNetwork extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String description;

    public String website;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<NetworkMember> members = new ArrayList<>();

    @NotAudited
    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
