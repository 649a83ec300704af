package se.sodertalje.euportal.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import se.sodertalje.euportal.common.csv.ListExported;
import se.sodertalje.euportal.common.paging.Filters;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.paging.PagedQuery;
import se.sodertalje.euportal.project.Project;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.ops.PortalMetrics;

/**
 * The auditors' exports of a project: the readable PDF, the workbook and the audit package. Each
 * is prepared in a temporary file (bounded memory) and recorded: who, what, when, and its SHA-256.
 */
@ApplicationScoped
public class ExportService {

    /** The project's own rows, as CSV files of the package (each query takes the project's id). */
    private static final Map<String, String> RECORDS = records();

    /** Their full change history: every revision with who made it and when. Every query orders its rows
     * completely (ids break ties), so the same data gives the same file, before and after a restore. */
    private static final Map<String, String> HISTORY = history();

    @Inject
    DossierService dossiers;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    PortalMetrics metrics;

    /** A prepared export file: where it is, its download name and hash. */
    public record ExportFile(Path path, String name, String sha256) {
    }

    @Transactional
    public ExportFile xlsx(UUID projectId, ExportLanguage lang) {
        Project project = dossiers.reachable(projectId);
        return record(project, ExportKind.XLSX, lang, "xlsx", out -> ProjectXlsx.write(dossiers.dossier(project),
                sink -> dossiers.eachExpenditure(project, sink), lang, clock.instant(), out));
    }

    @Transactional
    public ExportFile pdf(UUID projectId, ExportLanguage lang) {
        Project project = dossiers.reachable(projectId);
        return record(project, ExportKind.PDF, lang, "pdf",
                out -> ProjectPdf.write(dossiers.dossier(project), lang, clock.instant(), out));
    }

    /**
     * The audit package: the PDF and the workbook, CSV of every record of the project, every
     * attachment and piece of evidence, the full change history of each record, and the manifest.
     */
    @Transactional
    public AuditPackage auditPackage(UUID projectId, ExportLanguage lang) {
        long started = System.nanoTime();
        Project project = dossiers.reachable(projectId);
        Instant now = clock.instant();
        StaleExports.sweep(now);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("audit-package-");
            Path root = dir;
            ProjectDossier dossier = dossiers.dossier(project);
            List<String> paths = new ArrayList<>();
            write(root, "project.pdf", paths, out -> ProjectPdf.write(dossier, lang, now, out));
            write(root, "project.xlsx", paths, out -> ProjectXlsx.write(dossier,
                    sink -> dossiers.eachExpenditure(project, sink), lang, now, out));
            Session session = em.unwrap(Session.class);
            for (Map.Entry<String, String> table : RECORDS.entrySet()) {
                String path = "records/" + table.getKey() + ".csv";
                Files.createDirectories(root.resolve("records"));
                session.doWork(c -> TableCsv.dump(c, table.getValue(), project.id, root.resolve(path)));
                paths.add(path);
            }
            for (Map.Entry<String, String> table : HISTORY.entrySet()) {
                String path = "history/" + table.getKey() + ".csv";
                Files.createDirectories(root.resolve("history"));
                session.doWork(c -> TableCsv.dump(c, table.getValue(), project.id, root.resolve(path)));
                paths.add(path);
            }
            attachments(session, project, root, paths);

            List<Manifest.Entry> entries = new ArrayList<>();
            for (String path : paths) {
                entries.add(Manifest.of(root, path));
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("project", project.id.toString());
            manifest.put("title", project.title);
            manifest.put("createdAt", now.toString());
            manifest.put("createdBy", user.displayName());
            manifest.put("algorithm", "SHA-256");
            manifest.put("files", entries);
            Files.write(root.resolve(AuditPackage.MANIFEST),
                    json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(manifest));
            Manifest.Entry self = Manifest.of(root, AuditPackage.MANIFEST);
            log(project, ExportKind.AUDIT_PACKAGE, lang, self.sha256(), self.bytes(), now);
            // The package's size is what is streamed: every file it holds, not just its manifest.
            metrics.exported(ExportKind.AUDIT_PACKAGE.name(), started,
                    entries.stream().mapToLong(Manifest.Entry::bytes).sum() + self.bytes());
            return new AuditPackage(root, baseName(project) + "-audit-package.zip", self.sha256(), self.bytes(), entries);
        } catch (IOException e) {
            removeQuietly(dir);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            removeQuietly(dir);
            throw e;
        }
    }

    /** A list handed out as CSV, recorded in a transaction of its own (the response is already written). */
    void onListExported(@Observes ListExported event) {
        QuarkusTransaction.requiringNew().run(() -> {
            ExportLog log = new ExportLog();
            log.kind = ExportKind.CSV;
            log.resource = event.resource().length() > 1000 ? event.resource().substring(0, 1000) : event.resource();
            log.sha256 = event.sha256();
            log.sizeBytes = event.bytes();
            log.actorSubject = user.subject();
            log.actorName = user.displayName();
            log.at = clock.instant();
            log.persist();
        });
        // A list's CSV is written while it streams: its time is the request's (http_server_requests_seconds).
        metrics.exported(ExportKind.CSV.name(), 0, event.bytes());
    }

    /** Every export, newest first (advisors, auditors, admins): projects' and lists'. */
    public Page<ExportView> all(PageParams paging, ExportKind kind) {
        Filters filters = new Filters();
        if (kind != null) {
            filters.add("e.kind = :kind", "kind", kind);
        }
        return PagedQuery.run(em, ExportLog.class, "select e", " from ExportLog e", "count(e)", filters, "e.at desc, e.id",
                paging, rows -> rows.stream().map(ExportView::of).toList());
    }

    public List<ExportView> list(UUID projectId) {
        Project project = dossiers.reachable(projectId);
        return ExportLog.<ExportLog>list("projectId = ?1 order by at desc", project.id).stream().map(ExportView::of).toList();
    }

    /** Every application attachment and piece of evidence, copied out of the database one at a time. */
    private static void attachments(Session session, Project project, Path root, List<String> paths) {
        session.doWork(c -> {
            copy(c, "select id, file_name, content from application_attachment where application_id = ? order by uploaded_at, id",
                    project.applicationId, root, "attachments/application/", paths);
            copy(c, "select v.id, v.file_name, v.content from expenditure_evidence v join expenditure e on e.id = "
                    + "v.expenditure_id join project_report r on r.id = e.report_id where r.project_id = ? "
                    + "order by v.uploaded_at, v.id", project.id, root, "attachments/evidence/", paths);
            copy(c, "select f.id, f.file_name, f.content from control_certificate f join report_control k on k.id = "
                    + "f.control_id join project_report r on r.id = k.report_id where r.project_id = ? order by f.uploaded_at, "
                    + "f.id", project.id, root, "attachments/control/certificates/", paths);
            copy(c, "select f.id, f.file_name, f.content from control_clarification_file f join control_clarification q on "
                    + "q.id = f.clarification_id join report_control k on k.id = q.control_id join project_report r on "
                    + "r.id = k.report_id where r.project_id = ? order by f.uploaded_at, f.id", project.id, root,
                    "attachments/control/clarifications/", paths);
        });
    }

    private static void copy(java.sql.Connection c, String sql, UUID id, Path root, String folder, List<String> paths)
            throws java.sql.SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setFetchSize(1);
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String path = folder + rows.getObject(1) + "-" + rows.getString(2);
                    Files.createDirectories(root.resolve(folder));
                    try (InputStream in = rows.getBinaryStream(3)) {
                        Files.copy(in, root.resolve(path));
                    }
                    paths.add(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes one export to a temporary file, hashes it and records it. */
    private ExportFile record(Project project, ExportKind kind, ExportLanguage lang, String extension, Body body) {
        long started = System.nanoTime();
        StaleExports.sweep(clock.instant());
        Path file = null;
        try {
            file = Files.createTempFile("export-", "." + extension);
            try (OutputStream out = Files.newOutputStream(file)) {
                body.write(out);
            }
            Manifest.Entry entry = Manifest.of(file.getParent(), file.getFileName().toString());
            log(project, kind, lang, entry.sha256(), entry.bytes(), clock.instant());
            metrics.exported(kind.name(), started, entry.bytes());
            return new ExportFile(file, baseName(project) + "-" + lang.name().toLowerCase() + "." + extension,
                    entry.sha256());
        } catch (IOException e) {
            removeQuietly(file);
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path root, String path, List<String> paths, Body body) throws IOException {
        try (OutputStream out = Files.newOutputStream(root.resolve(path))) {
            body.write(out);
        }
        paths.add(path);
    }

    private void log(Project project, ExportKind kind, ExportLanguage lang, String sha256, long bytes, Instant at) {
        ExportLog log = new ExportLog();
        log.projectId = project.id;
        log.kind = kind;
        log.language = lang.name().toLowerCase();
        log.sha256 = sha256;
        log.sizeBytes = bytes;
        log.actorSubject = user.subject();
        log.actorName = user.displayName();
        log.at = at;
        log.persist();
    }

    private static String baseName(Project project) {
        String name = project.acronym != null && !project.acronym.isBlank() ? project.acronym : "project-" + project.id;
        return name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }

    private static void removeQuietly(Path path) {
        if (path == null) {
            return;
        }
        new AuditPackage(path, "", "", 0, List.of()).delete();
    }

    /** Writes an export's bytes. */
    @FunctionalInterface
    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static Map<String, String> records() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("project", "select * from project where id = ?");
        r.put("application", "select * from application where id = (select application_id from project where id = ?)");
        r.put("application-transitions", "select * from application_transition where application_id = "
                + "(select application_id from project where id = ?) order by at, id");
        r.put("partnership", "select p.*, o.legal_name, o.country from application_partner p join partner_organisation o "
                + "on o.id = p.organisation_id where p.application_id = (select application_id from project where id = ?) "
                + "order by o.legal_name, p.organisation_id");
        r.put("budget-versions", "select v.id, v.number, v.kind, v.reason, v.content, v.created_by_name, v.created_at, "
                + "r.state as request_state, r.decision_comment, r.decided_by_name, r.decided_at "
                + "from budget_version v join budget b on b.id = v.budget_id left join budget_revision r on r.version_id = v.id "
                + "where b.application_id = (select application_id from project where id = ?) order by v.number");
        r.put("periods", "select * from project_period where project_id = ? order by number");
        r.put("reports", "select * from project_report where project_id = ? order by period_number, kind");
        r.put("report-transitions", "select t.* from report_transition t join project_report r on r.id = t.report_id "
                + "where r.project_id = ? order by t.at, t.id");
        r.put("expenditures", "select e.* from expenditure e join project_report r on r.id = e.report_id "
                + "where r.project_id = ? order by e.spent_on, e.id");
        r.put("attachments", "select id, application_id, file_name, media_type, size_bytes, sha256, uploaded_by_name, "
                + "uploaded_at from application_attachment where application_id = "
                + "(select application_id from project where id = ?) order by uploaded_at, id");
        r.put("evidence", "select v.id, v.expenditure_id, v.file_name, v.media_type, v.size_bytes, v.sha256, "
                + "v.uploaded_by_name, v.uploaded_at from expenditure_evidence v join expenditure e on e.id = v.expenditure_id "
                + "join project_report r on r.id = e.report_id where r.project_id = ? order by v.uploaded_at, v.id");
        r.put("file-log", "select * from file_log where application_id = (select application_id from project where id = ?) "
                + "order by id");
        r.put("controllers", "select * from project_controller where project_id = ? order by appointed_at, id");
        String controls = "(select c.id from report_control c join project_report x on x.id = c.report_id "
                + "where x.project_id = ?)";
        r.put("controls", "select c.* from report_control c join project_report x on x.id = c.report_id "
                + "where x.project_id = ? order by x.period_number, c.id");
        r.put("control-draws", "select * from control_draw where control_id in " + controls + " order by at, id");
        r.put("control-lines", "select * from control_line where control_id in " + controls + " order by control_id, id");
        r.put("control-events", "select * from control_event where control_id in " + controls + " order by at, id");
        r.put("control-clarifications", "select * from control_clarification where control_id in " + controls
                + " order by asked_at, id");
        r.put("control-clarification-files", "select id, clarification_id, file_name, media_type, size_bytes, sha256, "
                + "uploaded_by_name, uploaded_at from control_clarification_file where clarification_id in (select id from "
                + "control_clarification where control_id in " + controls + ") order by id");
        r.put("control-certificates", "select id, control_id, file_name, media_type, size_bytes, sha256, uploaded_by_name, "
                + "uploaded_at from control_certificate where control_id in " + controls
                + " order by id");
        r.put("funder-corrections", "select f.* from funder_correction f join project_report x on x.id = f.report_id "
                + "where x.project_id = ? order by f.recorded_at, f.id");
        r.put("exports", "select * from export_log where project_id = ? order by at, id");
        return r;
    }

    private static Map<String, String> history() {
        String revision = " join revinfo i on i.rev = a.rev";
        String columns = "select i.rev, to_timestamp(i.revtstmp / 1000.0) as changed_at, i.actor_name, a.revtype, a.*";
        Map<String, String> h = new LinkedHashMap<>();
        h.put("project", columns + " from project_aud a" + revision + " where a.id = ? order by i.rev");
        h.put("application", columns + " from application_aud a" + revision
                + " where a.id = (select application_id from project where id = ?) order by i.rev");
        h.put("periods", columns + " from project_period_aud a" + revision + " where a.project_id = ? order by i.rev, a.id");
        h.put("reports", columns + " from project_report_aud a" + revision + " where a.project_id = ? order by i.rev, a.id");
        h.put("expenditures", columns + " from expenditure_aud a" + revision + " where a.report_id in "
                + "(select id from project_report where project_id = ?) order by i.rev, a.id");
        h.put("controllers", columns + " from project_controller_aud a" + revision + " where a.project_id = ? order by i.rev, a.id");
        String controls = "(select c.id from report_control c join project_report x on x.id = c.report_id "
                + "where x.project_id = ?)";
        h.put("controls", columns + " from report_control_aud a" + revision + " where a.report_id in "
                + "(select id from project_report where project_id = ?) order by i.rev, a.id");
        h.put("control-lines", columns + " from control_line_aud a" + revision + " where a.control_id in " + controls
                + " order by i.rev, a.id");
        h.put("control-clarifications", columns + " from control_clarification_aud a" + revision + " where a.control_id in "
                + controls + " order by i.rev, a.id");
        h.put("funder-corrections", columns + " from funder_correction_aud a" + revision + " where a.report_id in "
                + "(select id from project_report where project_id = ?) order by i.rev, a.id");
        h.put("budget-revisions", columns + " from budget_revision_aud a" + revision + " where a.budget_id = "
                + "(select id from budget where application_id = (select application_id from project where id = ?))"
                + " order by i.rev, a.version_id");
        return h;
    }
}
