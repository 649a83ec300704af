package se.sodertalje.euportal.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes events as an iCalendar file (RFC 5545): local times with TZID Europe/Stockholm and the
 * zone's own definition, so any calendar shows the Swedish time whatever its own zone.
 */
final class ICalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** The rules of Swedish time since 1996 (EU summer time: last Sunday of March to last Sunday of October). */
    private static final String STOCKHOLM = """
            BEGIN:VTIMEZONE
            TZID:Europe/Stockholm
            BEGIN:DAYLIGHT
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            TZNAME:CEST
            DTSTART:19700329T020000
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
            END:DAYLIGHT
            BEGIN:STANDARD
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            TZNAME:CET
            DTSTART:19701025T030000
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
            END:STANDARD
            END:VTIMEZONE
            """;

    /** @param tentative whether the person is only on the waiting list */
    record Entry(Event event, boolean tentative) {
    }

    private ICalendar() {
    }

    static byte[] write(String name, List<Entry> entries, Instant now, String portalBase) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Sodertalje kommun//EU-portalen//SV");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:" + EventService.ZONE.getId());
        STOCKHOLM.lines().forEach(l -> line(out, l));
        for (Entry entry : entries) {
            Event e = entry.event();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.id + "@euportal.sodertalje.se");
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "DTSTART;TZID=Europe/Stockholm:" + LOCAL.format(EventService.local(e.startsAt)));
            line(out, "DTEND;TZID=Europe/Stockholm:" + LOCAL.format(EventService.local(e.endsAt)));
            line(out, "SEQUENCE:" + e.version);
            line(out, "SUMMARY:" + text(e.title));
            String where = e.place != null ? e.place : e.link;
            if (where != null) {
                line(out, "LOCATION:" + text(where));
            }
            if (e.link != null) {
                line(out, "URL:" + e.link);
            }
            StringBuilder description = new StringBuilder();
            if (e.description != null) {
                description.append(e.description).append("\n\n");
            }
            description.append(e.organiser).append("\n").append(portalBase).append("/events/").append(e.id);
            line(out, "DESCRIPTION:" + text(description.toString()));
            line(out, "STATUS:" + (entry.tentative() ? "TENTATIVE" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** TEXT values escape backslash, semicolon, comma and newlines. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace("\r", "\n").replace("\n", "\\n");
    }

    /** A content line ends in CRLF and is folded at 75 octets, never inside a UTF-8 character. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
