package se.sodertalje.euportal.application.comment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A comment on an application, or an internal note of the International Office; never edited. */
@Entity
@Table(name = "application_comment")
public class Comment extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    /** Internal notes are read by the International Office and auditors only. */
    public boolean internal;

    public String body;

    @Column(name = "author_subject")
    public String authorSubject;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "written_at")
    public Instant writtenAt;
}
