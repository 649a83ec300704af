package se.sodertalje.euportal.partner.search;

/**
 * When an organisation (alias o) is a candidate for a partner search (alias s): its register
 * entry matches any word of the search's topic or expertise (s.match_query), and it is in one of
 * the countries and of one of the types sought, when the search names any; and it is not the
 * municipality's own organisation (partner_own_organisation, see OwnOrganisation). One definition, for
 * the ranked matches and for an organisation's page alike.
 */
public final class MatchCriteria {

    public static final String CANDIDATE = "o.search_doc @@ s.match_query"
            + " and (jsonb_array_length(s.countries) = 0 or jsonb_exists(s.countries, o.country::text))"
            + " and (jsonb_array_length(s.organisation_types) = 0 or jsonb_exists(s.organisation_types, o.org_type))"
            + " and not exists (select 1 from partner_own_organisation x where x.ref in (o.pic, o.id::text))";

    private MatchCriteria() {
    }
}
