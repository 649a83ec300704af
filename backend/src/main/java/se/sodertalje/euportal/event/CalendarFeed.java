package se.sodertalje.euportal.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's calendar feed: only the SHA-256 of the secret in its URL is kept. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends PanacheEntityBase {

    @Id
    @Column(name = "user_subject")
    public String userSubject;

    @Column(name = "secret_sha256")
    public String secretSha256;

    @Column(name = "created_at")
    public Instant createdAt;
}
