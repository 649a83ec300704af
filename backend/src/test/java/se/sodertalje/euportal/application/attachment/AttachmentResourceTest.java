package se.sodertalje.euportal.application.attachment;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class AttachmentResourceTest {

    private String code;
    private String application;
    private UUID unit;
    private Api applicant;

    @BeforeEach
    void draft() {
        code = Api.uniqueCode("AT");
        unit = Api.createUnit(code, "Bilagekontoret");
        applicant = Api.applicant(code);
        application = applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(), "title", "Med bilagor"))
                .then().statusCode(201).extract().path("id");
    }

    private Response upload(Api who, String name, byte[] content) {
        return who.request().contentType("application/octet-stream").queryParam("fileName", name).body(content)
                .post("/api/v1/applications/{id}/attachments", application);
    }

    private long count() {
        return applicant.get("/api/v1/applications/{id}/attachments", application).then().extract()
                .jsonPath().getList("$").size();
    }

    @Test
    void anAnnexShouldBeStoredListedWithItsUploaderAndDownloadedSafely() {
        String id = upload(applicant, "../Avsiktsförklaring Wuxi.pdf.exe", TestFiles.PDF).then().statusCode(201)
                .body("fileName", equalTo("Avsiktsförklaring Wuxi_pdf.pdf")).body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(TestFiles.PDF.length)).extract().path("id");
        Api.AUDITOR.get("/api/v1/applications/{id}/attachments", application).then().statusCode(200)
                .body("[0].uploadedBy.name", equalTo("Test applicant-" + code));
        Response file = Api.AUDITOR.raw().accept("*/*").get("/api/v1/applications/{a}/attachments/{id}", application, id);
        file.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"Avsiktsforklaring Wuxi_pdf.pdf\"; "
                        + "filename*=UTF-8''Avsiktsf%C3%B6rklaring%20Wuxi_pdf.pdf"))
                .header("X-Content-Type-Options", "nosniff");
        assertArrayEquals(TestFiles.PDF, file.asByteArray());
    }

    @Test
    void anExecutableShouldBeRefusedWhateverItsNameSays() {
        upload(applicant, "budget.pdf", TestFiles.EXE).then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("ATTACHMENT-002"));
        upload(applicant, "empty.pdf", new byte[0]).then().statusCode(400);
        assertEquals(0, count());
    }

    @Test
    void aFileAboveTheLimitShouldBeRefusedWith413() {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(TestFiles.PDF, 0, big, 0, TestFiles.PDF.length);
        upload(applicant, "stor.pdf", big).then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("ATTACHMENT-001"));
        assertEquals(0, count());
    }

    @Test
    void anotherUnitAndAnAuditorShouldNotAttach() {
        upload(Api.coordinator("ANNAN"), "x.pdf", TestFiles.PDF).then().statusCode(404);
        upload(Api.AUDITOR, "x.pdf", TestFiles.PDF).then().statusCode(403);
        Api.coordinator("ANNAN").get("/api/v1/applications/{id}/attachments", application).then().statusCode(404);
    }

    @Test
    void annexesAreFixedOnceTheDraftIsSentOn() {
        application = Api.readyDraft(applicant, unit, "Med bilagor, redo");
        String id = upload(applicant, "cv.docx", TestFiles.docx()).then().statusCode(201)
                .body("fileName", equalTo("cv.docx")).extract().path("id");
        String etag = applicant.get("/api/v1/applications/{id}", application).header("ETag");
        Api.coordinator(code).request().contentType("application/json").header("If-Match", etag)
                .body(Map.of("action", "APPROVE_FOR_UNIT")).post("/api/v1/applications/{id}/transitions", application)
                .then().statusCode(200);
        applicant.delete("/api/v1/applications/{a}/attachments/{id}", null, application, id).then().statusCode(409);
        upload(applicant, "sen.pdf", TestFiles.PDF).then().statusCode(409);
        assertEquals(1, count());
    }

    @Test
    void aDraftShouldHoldAtMostAHundredFiles() {
        for (int i = 0; i < 100; i++) {
            upload(applicant, "bilaga-" + i + ".pdf", TestFiles.PDF).then().statusCode(201);
        }
        upload(applicant, "en-till.pdf", TestFiles.PDF).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("ATTACHMENT-004"));
        assertEquals(100, count());
    }
}
