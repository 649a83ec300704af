package se.sodertalje.euportal.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user who has called the API, as their last token described them; lets the product name people. */
@Entity
@Table(name = "app_user")
public class UserProfile extends PanacheEntityBase {

    @Id
    public String subject;

    public String username;

    public String name;

    public String email;

    /** Unit codes, comma-separated. */
    public String units;

    /** Realm roles, comma-separated. */
    public String roles;

    @Column(name = "first_seen")
    public Instant firstSeen;

    @Column(name = "last_seen")
    public Instant lastSeen;

    /** Keycloak names a client's service account user "service-account-<client id>": never offered as a person. */
    public boolean isServiceAccount() {
        return username != null && username.startsWith("service-account-");
    }
}
