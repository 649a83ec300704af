package se.sodertalje.euportal.task;

import static se.sodertalje.euportal.task.Tasks.reason;
import static se.sodertalje.euportal.task.Tasks.task;
import static se.sodertalje.euportal.task.Tasks.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.sodertalje.euportal.budget.RevisionState;
import se.sodertalje.euportal.task.TaskView.RecordType;

/** The advisors' budget tasks: change requests after the grant waiting for their decision. */
@ApplicationScoped
class BudgetTasks {

    @Inject
    EntityManager em;

    List<TaskView> proposedRevisions(LocalDate today) {
        List<Object[]> rows = em.createQuery("select a.id, a.title, u.id, u.code, u.name, v.number, v.createdByName,"
                + " v.createdAt from BudgetRevision r join BudgetVersion v on v.id = r.versionId"
                + " join Budget b on b.id = r.budgetId join Application a on a.id = b.applicationId"
                + " join Unit u on u.id = a.unitId where r.state = :proposed", Object[].class)
                .setParameter("proposed", RevisionState.PROPOSED).getResultList();
        return rows.stream().map(r -> task(TaskKind.BUDGET_REVISION_PROPOSED, RecordType.APPLICATION, (UUID) r[0],
                (String) r[1], TaskLinks.budget((UUID) r[0]), unit(r, 2),
                reason("PROPOSED", "version", r[5], "by", r[6]), (Instant) r[7], null, List.of(), today)).toList();
    }
}
