package se.sodertalje.euportal.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Something a user should know about, shown in the portal until read. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "recipient_subject")
    public String recipientSubject;

    @Enumerated(EnumType.STRING)
    public NotificationKind kind;

    /** The notice in Swedish (or, for notices from before message_en, in the one language it was written in). */
    public String message;

    /** The notice in English; null on notices from before the column. */
    @Column(name = "message_en")
    public String messageEn;

    /** The SPA path the notification is about, e.g. /applications/{id}. */
    public String link;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
