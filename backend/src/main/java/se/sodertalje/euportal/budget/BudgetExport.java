package se.sodertalje.euportal.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.attachment.FileType;
import se.sodertalje.euportal.application.attachment.SafeFileName;
import se.sodertalje.euportal.partner.PartnerOrganisation;
import se.sodertalje.euportal.partner.partnership.ApplicationPartner;

/** The budget workbook with the partners named and a file name a user recognises. */
@ApplicationScoped
public class BudgetExport {

    public record File(String name, byte[] bytes) {
    }

    @Inject
    BudgetVersions budgets;

    public File xlsx(UUID budgetId, int number) {
        Budget budget = budgets.reachable(budgetId);
        Application application = Application.findById(budget.applicationId);
        BudgetContent content = budgets.contentOf(budget, number);
        BudgetSummary summary = BudgetCalculator.summarise(content, BudgetFrame.of(application).periods());
        Map<UUID, String> names = new HashMap<>();
        ApplicationPartner.<ApplicationPartner>list("applicationId", application.id).forEach(p ->
                names.put(p.organisationId, PartnerOrganisation.<PartnerOrganisation>findById(p.organisationId).legalName));
        String label = application.acronym != null ? application.acronym : application.title;
        String version = number == 0 ? "draft" : "v" + number;
        return new File(SafeFileName.of("budget-" + label + "-" + version, FileType.XLSX),
                BudgetXlsx.write(application.title + " – " + version, content, summary, names));
    }
}
