package se.sodertalje.euportal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;

/** The typology of errors a deduction names, kept by advisors: added, renamed, retired (never removed: deductions name it). */
@ApplicationScoped
public class ErrorTypeService {

    @Schema(name = "ControlErrorTypeView", requiredProperties = {"code", "nameSv", "nameEn", "active", "sortOrder", "version"})
    public record ErrorTypeView(String code, String nameSv, String nameEn, boolean active, int sortOrder, long version) {

        static ErrorTypeView of(ControlErrorType t) {
            return new ErrorTypeView(t.code, t.nameSv, t.nameEn, t.active, t.sortOrder, t.version);
        }
    }

    public List<ErrorTypeView> list() {
        return ControlErrorType.<ControlErrorType>list("order by sortOrder, code").stream().map(ErrorTypeView::of).toList();
    }

    @Transactional
    public ErrorTypeView create(ControlRequests.ErrorTypeRequest request) {
        if (ControlErrorType.findById(request.code()) != null) {
            throw ApiProblem.conflict(ProblemCode.CONTROL_016, "There is an error type " + request.code() + " already");
        }
        ControlErrorType type = new ControlErrorType();
        type.code = request.code();
        apply(type, request);
        type.persist();
        return ErrorTypeView.of(type);
    }

    @Transactional
    public ErrorTypeView update(String code, String ifMatch, ControlRequests.ErrorTypeRequest request) {
        ControlErrorType type = ControlErrorType.findById(code);
        if (type == null) {
            throw ApiProblem.notFound("Error type " + code);
        }
        ETags.requireMatch(ifMatch, type.version);
        if (!code.equals(request.code())) {
            throw ApiProblem.invalid("code", "a type's code does not change; add a new type instead", ProblemCode.FIXED);
        }
        apply(type, request);
        ControlErrorType.getEntityManager().flush();
        return ErrorTypeView.of(type);
    }

    private static void apply(ControlErrorType type, ControlRequests.ErrorTypeRequest request) {
        type.nameSv = request.nameSv().trim();
        type.nameEn = request.nameEn().trim();
        type.active = request.active() == null || request.active();
        type.sortOrder = request.sortOrder() == null ? 100 : request.sortOrder();
    }
}
