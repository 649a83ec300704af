package se.sodertalje.euportal.partner.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TopicGlossaryTest {

    @Test
    void swedishWordsShouldBringTheirEnglishOnce() {
        assertEquals("Integration av nyanlända integration migrants refugees newcomers migration inclusion",
                TopicGlossary.withEnglish("Integration av nyanlända"));
        // A key of five letters or more is found inside a compound; "skol" only at a word's start.
        assertEquals("Dagvattenhantering på skolgårdar water stormwater urban school education",
                TopicGlossary.withEnglish("Dagvattenhantering på skolgårdar"));
        assertEquals("ÄLDREOMSORG elderly care ageing older",
                TopicGlossary.withEnglish("ÄLDREOMSORG"));
    }

    @Test
    void aTextWithoutSwedishTopicWordsShouldStayAsItIs() {
        assertEquals("Hydrogen fuel cells for trucks", TopicGlossary.withEnglish("Hydrogen fuel cells for trucks"));
    }
}
