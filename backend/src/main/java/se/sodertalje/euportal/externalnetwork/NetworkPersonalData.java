package se.sodertalje.euportal.externalnetwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import se.sodertalje.euportal.organisation.PersonInRegisters;
import se.sodertalje.euportal.organisation.PersonalDataService;

/** The external networks' members in the personal-data export and erasure, found by e-mail. */
@ApplicationScoped
public class NetworkPersonalData implements PersonInRegisters {

    @Inject
    EntityManager em;

    @Override
    public List<Entry> export(String email) {
        String wanted = PersonInRegisters.normal(email);
        List<Entry> entries = new ArrayList<>();
        if (wanted == null) {
            return entries;
        }
        for (ExternalNetwork network : ExternalNetwork.<ExternalNetwork>list("order by name, id")) {
            network.members.stream().filter(m -> wanted.equals(PersonInRegisters.normal(m.email())))
                    .forEach(m -> entries.add(new Entry("EXTERNAL_NETWORK_MEMBER", network.id, network.name, m.name(),
                            m.role(), m.email(), null)));
        }
        return entries;
    }

    @Override
    @Transactional
    public int erase(String email) {
        String wanted = PersonInRegisters.normal(email);
        if (wanted == null) {
            return 0;
        }
        int erased = 0;
        for (ExternalNetwork network : ExternalNetwork.<ExternalNetwork>listAll()) {
            List<NetworkMember> kept = new ArrayList<>();
            for (NetworkMember m : network.members) {
                if (wanted.equals(PersonInRegisters.normal(m.email()))) {
                    kept.add(new NetworkMember(PersonalDataService.ERASED_NAME, m.unitId(), m.role(), null));
                    erased++;
                } else {
                    kept.add(m);
                }
            }
            network.members = kept;
        }
        if (erased == 0) {
            return 0;
        }
        em.createNativeQuery("select set_config('euportal.audit_erasure', 'on', true)").getSingleResult();
        em.createNativeQuery("""
                update external_network_aud set members = (
                    select jsonb_agg(case when lower(trim(m->>'email')) = :email
                        then jsonb_build_object('name', :erased, 'unitId', m->'unitId', 'role', m->'role', 'email', null)
                        else m end order by n)
                    from jsonb_array_elements(members) with ordinality as t(m, n))
                where members is not null and jsonb_typeof(members) = 'array' and exists (
                    select 1 from jsonb_array_elements(members) m where lower(trim(m->>'email')) = :email)""")
                .setParameter("email", wanted).setParameter("erased", PersonalDataService.ERASED_NAME).executeUpdate();
        em.createNativeQuery("select set_config('euportal.audit_erasure', 'off', true)").getSingleResult();
        em.flush();
        return erased;
    }
}
