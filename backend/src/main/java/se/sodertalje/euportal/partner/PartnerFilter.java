package se.sodertalje.euportal.partner;

/** The register list's filters; each null means "any". */
public record PartnerFilter(String q, String country, OrganisationType type, String network, Boolean twinTown,
        String expertise, String pic) {
}
