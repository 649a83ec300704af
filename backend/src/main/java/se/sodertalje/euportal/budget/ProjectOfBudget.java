package se.sodertalje.euportal.budget;

import java.util.Optional;
import java.util.UUID;

/**
 * What the budget needs of the project started from its application (the project package keeps it,
 * so the budget does not depend on the package above it): whether the project is past taking budget
 * changes.
 */
public interface ProjectOfBudget {

    /** The project's status when it is closed or archived (no budget change then), empty otherwise. */
    Optional<String> closedAs(UUID applicationId);
}
