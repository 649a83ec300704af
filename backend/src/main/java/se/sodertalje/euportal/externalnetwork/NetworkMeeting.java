package se.sodertalje.euportal.externalnetwork;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A meeting of an external network (a dated entry) and what the office brought back from it. */
@Entity
@Table(name = "external_network_meeting")
@Audited
public class NetworkMeeting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "network_id")
    public UUID networkId;

    @Column(name = "held_on")
    public LocalDate heldOn;

    public String title;

    public String place;

    @Column(name = "brought_back")
    public String broughtBack;

    @NotAudited
    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
