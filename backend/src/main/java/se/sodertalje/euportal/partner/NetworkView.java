package se.sodertalje.euportal.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A network named in the register and how many organisations take part in it. */
@Schema(requiredProperties = {"name", "organisations"})
public record NetworkView(String name, long organisations) {
}
