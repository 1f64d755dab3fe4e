package de.integreat.chat.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttachmentPolicyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Formular A (1).pdf            | application/pdf | Formular A (1).pdf",
        "Ärztliche Bescheinigung.PDF   | application/pdf | Ärztliche Bescheinigung.PDF",
        "foto.jpeg                     | image/jpeg      | foto.jpeg",
        "invoice.html                  | application/pdf | invoice.html.pdf",
        "run.bat                       | application/pdf | run.bat.pdf",
        "C:\\Users\\me\\scan.png       | image/png       | scan.png",
        "../../etc/passwd              | application/pdf | passwd.pdf",
        "'\u202Efdp.exe'               | application/pdf | fdp.exe.pdf",
        "'  '                          | image/webp      | attachment.webp",
    })
    void downloadNamesAreSafeAndMatchTheirType(String raw, String type, String expected) {
        assertEquals(expected, AttachmentPolicy.filename(raw, type));
    }

    @ParameterizedTest
    @CsvSource({"application/pdf", "image/png"})
    void longNamesKeepTheirExtensionWithin200Characters(String type) {
        String name = AttachmentPolicy.filename("x".repeat(300) + ".exe", type);

        assertEquals(200, name.length());
        assertEquals("." + FileTypes.extensions(type).get(0), name.substring(name.lastIndexOf('.')));
    }
}
