package se.sodertalje.euportal.partner;

import java.util.LinkedHashMap;
import java.util.Map;

/** Maps partner organisations to their API view and to history snapshots. */
final class PartnerMapper {

    private PartnerMapper() {
    }

    static PartnerView view(PartnerOrganisation o) {
        return new PartnerView(o.id, o.legalName, o.englishName, o.country, o.region, o.city, o.type, o.pic, o.vatNumber,
                o.website, o.expertise, o.languages, o.description, o.contacts, o.twinTown, o.networks, o.projectsCount,
                o.coordinatedCount, o.version);
    }

    /**
     * An entry of the register's list: without its contact persons, who are external people's names,
     * e-mails and phones; they are in the organisation's own view only.
     */
    static PartnerView listItem(PartnerOrganisation o) {
        return new PartnerView(o.id, o.legalName, o.englishName, o.country, o.region, o.city, o.type, o.pic, o.vatNumber,
                o.website, o.expertise, o.languages, o.description, java.util.List.of(), o.twinTown, o.networks,
                o.projectsCount, o.coordinatedCount, o.version);
    }

    static Map<String, Object> snapshot(PartnerOrganisation o) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("legalName", o.legalName);
        fields.put("englishName", o.englishName);
        fields.put("country", o.country);
        fields.put("region", o.region);
        fields.put("city", o.city);
        fields.put("type", o.type);
        fields.put("pic", o.pic);
        fields.put("vatNumber", o.vatNumber);
        fields.put("website", o.website);
        fields.put("expertise", o.expertise);
        fields.put("languages", o.languages);
        fields.put("description", o.description);
        fields.put("contacts", o.contacts);
        fields.put("twinTown", o.twinTown);
        fields.put("networks", o.networks);
        return fields;
    }
}
