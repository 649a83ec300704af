package se.sodertalje.euportal.application;

import java.util.List;
import java.util.UUID;
import se.sodertalje.euportal.audit.HistoryEntry;

/**
 * What the application needs of its partnership, kept by the partner package
 * ({@code partner.partnership.PartnershipService}): the members as the submission snapshot freezes them
 * and their changes for the application's history. A port, so that the application does not depend
 * on the partner package that depends on it (docs/architecture.md, "Dependencies between packages").
 */
public interface PartnershipOfApplication {

    /** The partnership as the submission snapshot keeps it: lead partner first. */
    List<ApplicationContent.Partner> asSubmitted(UUID applicationId);

    /** The changes of every member the application ever had (removed ones too), in no particular order. */
    List<HistoryEntry> history(UUID applicationId);
}
