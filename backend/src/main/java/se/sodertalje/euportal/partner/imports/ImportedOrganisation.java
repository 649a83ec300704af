package se.sodertalje.euportal.partner.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.sodertalje.euportal.partner.OrganisationType;

/**
 * One organisation as a file describes it (its first row's number for error messages), with
 * the projects it took part in when the file is a CORDIS extract.
 */
final class ImportedOrganisation {

    int row;
    String legalName;
    String englishName;
    String country;
    String region;
    String city;
    OrganisationType type;
    String pic;
    String vatNumber;
    String website;
    List<String> expertise = new ArrayList<>();
    List<String> languages = new ArrayList<>();
    String description;
    boolean twinTown;
    List<String> networks = new ArrayList<>();
    final List<ImportedParticipation> participations = new ArrayList<>();
    /** The name keys of every name the file gives it (CORDIS spells some organisations several ways). */
    final Set<String> nameKeys = new HashSet<>();
}
