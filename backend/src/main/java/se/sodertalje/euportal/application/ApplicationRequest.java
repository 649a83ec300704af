package se.sodertalje.euportal.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a client sends to create an application or replace a draft's content. */
public record ApplicationRequest(
        @NotNull UUID unitId,
        UUID callId,
        UUID ideaId,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 30) String acronym,
        @Size(max = 20000) String summary,
        @Size(max = 20000) String objectives,
        @Size(max = 100) List<@Valid @NotNull WorkPackage> workPackages,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Size(max = 200) String internalStatus) {
}
