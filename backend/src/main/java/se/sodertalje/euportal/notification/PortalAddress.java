package se.sodertalje.euportal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SPA's address for the links in e-mails (PORTAL_URL, the setting the reminders' links use too). */
@ApplicationScoped
public class PortalAddress {

    @ConfigProperty(name = "euportal.reminders.portal-url")
    String portalUrl;

    /** The address without a trailing slash, for a path to follow. */
    public String base() {
        return portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }
}
