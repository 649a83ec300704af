package se.sodertalje.euportal.reminder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Tokens;

/** A unit with an applicant, a colleague on the team and a coordinator; drafts, calls and projects of theirs. */
final class ReminderFixtures {

    /** A person of the unit: how they call the API and where their mail goes. */
    record Person(String subject, String email, Api api) {
    }

    final String code = Api.uniqueCode("RE");
    final UUID unit = Api.createUnit(code, "Påminnelseenheten");
    final Person applicant = person("anna-" + code, "applicant");
    final Person colleague = person("kim-" + code, "applicant");
    final Person coordinator = person("cora-" + code, "coordinator", "applicant");
    private final EntityManager em;

    ReminderFixtures(EntityManager em) {
        this.em = em;
    }

    private Person person(String username, String... roles) {
        Api api = new Api(Tokens.of(username, List.of(code), roles));
        api.get("/api/v1/me").then().statusCode(200);
        return new Person("sub-" + username, username + "@example.test", api);
    }

    /** A call of a new programme closing at the given time, Brussels time. */
    String call(String identifier, Instant closesAt) {
        UUID programme = Api.createProgramme(Api.uniqueCode("RP"), "ERDF");
        Map<String, Object> body = Api.callBody(programme, identifier, "Gröna hamnar", 30, null);
        body.put("closesAt", closesAt.toString());
        return Api.ADVISOR.post("/api/v1/calls", body).then().statusCode(201).extract().path("id");
    }

    /** A draft of the applicant's for the call (if any), with the colleague on its team. */
    String draft(String title, String call) {
        Map<String, Object> body = new HashMap<>(Map.of("unitId", unit.toString(), "title", title));
        if (call != null) {
            body.put("callId", call);
        }
        String id = applicant.api().post("/api/v1/applications", body).then().statusCode(201).extract().path("id");
        applicant.api().post("/api/v1/applications/{id}/team", Map.of("subject", colleague.subject()), id)
                .then().statusCode(201);
        return id;
    }

    /** A running project of a draft of the unit, with one reporting period whose reports are due on {@code due}. */
    UUID projectPeriod(String title, String acronym, LocalDate due) {
        String application = draft(title, null);
        UUID project = UUID.randomUUID();
        UUID period = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into project (id, application_id, unit_id, title, acronym, period_start, period_end,
                        granted_amount, status, created_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 100000, 'RUNNING', now())""")
                    .setParameter(1, project).setParameter(2, UUID.fromString(application)).setParameter(3, unit)
                    .setParameter(4, title).setParameter(5, acronym).setParameter(6, due.minusMonths(8))
                    .setParameter(7, due.plusMonths(12)).executeUpdate();
            em.createNativeQuery("""
                    insert into project_period (id, project_id, number, starts_on, ends_on, report_due)
                    values (?1, ?2, 1, ?3, ?4, ?5)""")
                    .setParameter(1, period).setParameter(2, project).setParameter(3, due.minusMonths(8))
                    .setParameter(4, due.minusMonths(2)).setParameter(5, due).executeUpdate();
        });
        return period;
    }

    /** The period's report of the kind, now in the given status (made when missing). */
    void report(UUID period, String kind, String status) {
        QuarkusTransaction.requiringNew().run(() -> {
            int updated = em.createNativeQuery("""
                    update project_report r set status = ?1 from project_period pp
                    where pp.id = ?2 and r.project_id = pp.project_id and r.period_number = pp.number and r.kind = ?3""")
                    .setParameter(1, status).setParameter(2, period).setParameter(3, kind).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("""
                        insert into project_report (id, project_id, kind, period_number, status, content,
                            created_by_subject, created_at, updated_at)
                        select ?1, pp.project_id, ?2, pp.number, ?3, cast('{}' as jsonb), 'sub-test', now(), now()
                        from project_period pp where pp.id = ?4""")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, kind).setParameter(3, status)
                        .setParameter(4, period).executeUpdate();
            }
        });
    }

    /** The mails the SMTP server received for the address. */
    static List<MimeMessage> mailsTo(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String body(MimeMessage message) {
        try {
            return message.getContent().toString().replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
