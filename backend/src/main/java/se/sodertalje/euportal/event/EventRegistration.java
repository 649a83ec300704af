package se.sodertalje.euportal.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A user's or a guest's registration for an event: a seat, a place in the queue, or withdrawn. */
@Entity
@Table(name = "event_registration")
@Audited
public class EventRegistration extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "event_id")
    public UUID eventId;

    /** The user; null for a guest without an account. */
    @Column(name = "user_subject")
    public String userSubject;

    @Column(name = "guest_name")
    public String guestName;

    @Column(name = "guest_email")
    public String guestEmail;

    /** The name shown in lists (the user's at registration, or the guest's). */
    public String name;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    /** The waiting list's order: when the row last asked for a seat. */
    @Column(name = "queued_at")
    public Instant queuedAt;

    /** Recorded after the event; null until then. */
    public Boolean attended;

    @Column(name = "registered_by_subject")
    public String registeredBySubject;

    @Column(name = "registered_by_name")
    public String registeredByName;

    public boolean erased;

    @Version
    public long version;

    public boolean isGuest() {
        return userSubject == null;
    }
}
