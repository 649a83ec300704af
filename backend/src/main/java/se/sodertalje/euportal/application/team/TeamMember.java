package se.sodertalje.euportal.application.team;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A user working on an application. */
@Entity
@Table(name = "application_team_member")
public class TeamMember extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "user_subject")
    public String userSubject;

    @Column(name = "added_by_subject")
    public String addedBySubject;

    @Column(name = "added_by_name")
    public String addedByName;

    @Column(name = "added_at")
    public Instant addedAt;
}
