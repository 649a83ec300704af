package se.sodertalje.euportal.partner.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One CORDIS row's project, as part of its organisation's cooperation history. */
record ImportedParticipation(String projectRef, String acronym, String role, String programme, String topicCode,
        String topic, LocalDate startDate, LocalDate endDate, BigDecimal euContribution) {

    boolean coordinated() {
        return "Coordinator".equalsIgnoreCase(role);
    }
}
