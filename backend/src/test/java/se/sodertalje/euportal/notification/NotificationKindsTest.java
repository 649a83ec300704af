package se.sodertalje.euportal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every kind that may reach a user by e-mail can be switched off: a new kind mailed through
 * {@link StepNotices} without a place among the choices would leave the mail's own "choose how you get
 * such messages" link pointing at a page that does not offer it.
 */
class NotificationKindsTest {

    private static final Pattern STEP_NOTICE = Pattern.compile("notices\\.tell\\([^;]*?NotificationKind\\.([A-Z_]+)",
            Pattern.DOTALL);

    @Test
    void everyKindAStepMailsShouldBeAStepKindTheUserChoosesFor() throws IOException {
        Set<String> mailed = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (!source.contains("StepNotices")) {
                    continue;
                }
                Matcher m = STEP_NOTICE.matcher(source);
                while (m.find()) {
                    mailed.add(m.group(1));
                }
            }
        }
        assertFalse(mailed.isEmpty(), "no StepNotices.tell(…) found: the scan no longer matches the code");
        for (String kind : mailed) {
            NotificationKind k = NotificationKind.valueOf(kind);
            assertTrue(NotificationKind.STEPS.contains(k), kind + " is mailed as a step's notice but is not in STEPS");
            assertTrue(NotificationKind.CHOOSABLE.contains(k), kind + " is mailed but cannot be switched off");
        }
    }

    @Test
    void theChoicesShouldBeTheRemindersTheStepsAndTheWatches() {
        Set<NotificationKind> all = EnumSet.noneOf(NotificationKind.class);
        all.addAll(NotificationKind.REMINDERS);
        all.addAll(NotificationKind.STEPS);
        all.addAll(NotificationKind.WATCHES);
        assertEquals(all, EnumSet.copyOf(NotificationKind.CHOOSABLE));
    }
}
