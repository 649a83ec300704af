package se.sodertalje.euportal.partner;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.paging.CappedCount;
import se.sodertalje.euportal.support.Api;

/**
 * A text search that matches more than {@link PartnerService#RANKED_MATCHES} organisations: relevance
 * ranks that many, the total is an estimate said to be one, and sorted by name every match is listed.
 * Narrowed below the cap, the ranking is complete again and the total exact.
 */
@QuarkusTest
class PartnerRankedMatchesTest {

    @Inject
    EntityManager em;

    @Test
    void aBroadSearchRanksTheCappedMatchesAndANarrowedOneRanksThemAll() {
        // Letters only: one word for the text search in every configuration.
        String word = "kvx" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).chars()
                .map(c -> c <= '9' ? c - '0' + 'g' : c).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append);
        int many = PartnerService.RANKED_MATCHES + 40;
        // The last 30 are Finnish; among them one whose expertise (weighted highest) is the word.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into partner_organisation (id, legal_name, country, org_type, name_key, expertise)
                select gen_random_uuid(), 'Bolag ' || :word || ' ' || lpad(n::text, 5, '0'),
                       case when n > :many - 30 then 'FI' else 'DK' end, 'SME', 'bolag ' || :word || ' ' || n,
                       case when n = :many - 3 then jsonb_build_array(:word) else '[]'::jsonb end
                from generate_series(1, :many) n""")
                .setParameter("word", word).setParameter("many", many).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze partner_organisation").executeUpdate());

        Api.ADVISOR.get("/api/v1/partners?q={q}&size=20", word).then().statusCode(200)
                .body("items", hasSize(20)).body("items.legalName", everyItem(startsWith("Bolag " + word)))
                .body("totalEstimated", equalTo(true)).body("total", greaterThan(CappedCount.LIMIT));
        // Ranked: the first RANKED_MATCHES only, so the page past them is empty ...
        int pastRanked = PartnerService.RANKED_MATCHES / 20;
        Api.ADVISOR.get("/api/v1/partners?q={q}&size=20&page={p}", word, pastRanked).then().statusCode(200)
                .body("items", hasSize(0));
        // ... while sorted by name the same search lists every match, the last page included.
        Api.ADVISOR.get("/api/v1/partners?q={q}&size=20&page={p}&sort=legalName", word, (many - 1) / 20).then()
                .statusCode(200).body("items", hasSize(many % 20 == 0 ? 20 : many % 20))
                .body("items[-1].legalName", equalTo("Bolag " + word + " " + String.format("%05d", many)));

        // Narrowed to the 30 Finnish ones: all ranked, the one doing it first, the total exact.
        List<String> finnish = Api.ADVISOR.get("/api/v1/partners?q={q}&country=FI&size=50", word).then().statusCode(200)
                .body("total", equalTo(30)).body("totalEstimated", equalTo(false)).body("items", hasSize(30))
                .extract().path("items.legalName");
        org.junit.jupiter.api.Assertions.assertEquals("Bolag " + word + " " + String.format("%05d", many - 3),
                finnish.get(0), "the organisation whose expertise is the word ranks first: " + finnish);
    }
}
