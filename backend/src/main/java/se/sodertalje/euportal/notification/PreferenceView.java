package se.sodertalje.euportal.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the caller wants one kind of reminder delivered. */
@Schema(requiredProperties = {"kind", "delivery"})
public record PreferenceView(NotificationKind kind, Delivery delivery) {
}
