package app.candor.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What Candor keeps of real MIME: the decoded subject, the new text, the kind of mail, never the rest. */
class MailParserTest {

    @Test
    void aQuotedPrintableReplyKeepsItsSubjectAndNewTextWithoutQuotedHistoryOrSignature() throws Exception {
        byte[] raw = Mails.from("Priya Raman <Priya.Raman@Northwind.example>").to("sam@candor.example")
                .id("<r1@northwind.example>").header("In-Reply-To", "<p0@candor.example>")
                .header("References", "<p0@candor.example>").subject("Re: Rollout für zwei Standorte", "UTF-8")
                .at("2026-11-20T09:30:00Z")
                .text("Thanks Sam, the numbers look right.\nWe'd like to start in March.\n\n-- \nPriya Raman\nNorthwind\n\n"
                        + "On Tue, 17 Nov 2026, Sam Carter wrote:\n> Here is where we left off\n> Is that accurate?",
                        "UTF-8", "quoted-printable").bytes();
        MailMessage m = MailParser.parse(raw);
        assertThat(m.from()).isEqualTo("priya.raman@northwind.example");
        assertThat(m.to()).containsExactly("sam@candor.example");
        assertThat(m.key()).isEqualTo("<r1@northwind.example>");
        assertThat(m.threadKey()).isEqualTo("<p0@candor.example>");
        assertThat(m.subject()).isEqualTo("Re: Rollout für zwei Standorte");
        assertThat(m.kind()).isEqualTo(MailKind.PERSONAL);
        assertThat(m.summary()).isEqualTo("Re: Rollout für zwei Standorte \u2014 Thanks Sam, the numbers look right."
                + " We'd like to start in March.");
        assertThat(m.summary()).doesNotContain("where we left off").doesNotContain("Northwind\n");
    }

    @Test
    void aBase64IsoLatinPartAndAnEncodedWordSubjectAreDecoded() throws Exception {
        byte[] raw = Mails.from("jonas@nordlys.example").to("sam@candor.example").id("<l1@nordlys.example>")
                .subject("Prisliste for kontoret", "ISO-8859-1")
                .alternative("Hei Sam, prisene ser bra ut. Vi snakkes på fredag.", "<p>ignored html</p>", "ISO-8859-1")
                .bytes();
        String headers = new String(raw, StandardCharsets.ISO_8859_1);
        assertThat(headers).contains("Content-Transfer-Encoding: base64");
        MailMessage m = MailParser.parse(raw);
        assertThat(m.summary()).isEqualTo("Prisliste for kontoret \u2014 Hei Sam, prisene ser bra ut. Vi snakkes på fredag.");
    }

    @Test
    void htmlOnlyMailIsReadAsTextWithoutItsQuotedPart() throws Exception {
        byte[] raw = Mails.from("elena@brightside.example").to("sam@candor.example").id("<h1@brightside.example>")
                .subject("Campaign analytics", "UTF-8")
                .html("<html><head><style>p{color:red}</style></head><body><p>Hi Sam,</p><p>Let&#39;s talk on"
                        + " <b>Thursday</b>.</p><div class=\"gmail_quote\">On Monday you wrote: old text</div>"
                        + "<script>alert(1)</script></body></html>").bytes();
        MailMessage m = MailParser.parse(raw);
        assertThat(m.summary()).isEqualTo("Campaign analytics \u2014 Hi Sam, Let's talk on Thursday.");
    }

    @Test
    void outOfOfficeBouncesAndListMailAreNotPersonal() throws Exception {
        MailMessage ooo = MailParser.parse(Mails.from("priya.raman@northwind.example").to("sam@candor.example")
                .header("Auto-Submitted", "auto-replied").subject("Out of office", "UTF-8")
                .text("I am away until Monday.", "UTF-8", "7bit").bytes());
        assertThat(ooo.kind()).isEqualTo(MailKind.AUTO_REPLY);
        MailMessage bySubject = MailParser.parse(Mails.from("priya.raman@northwind.example").to("sam@candor.example")
                .subject("Automatic reply: Pricing", "UTF-8").text("Away.", "UTF-8", "7bit").bytes());
        assertThat(bySubject.kind()).isEqualTo(MailKind.AUTO_REPLY);
        MailMessage bounce = MailParser.parse(Mails.from("MAILER-DAEMON@mx.example.net").to("sam@candor.example")
                .subject("Undelivered Mail Returned to Sender", "UTF-8").bounceFor("old@gone.example").bytes());
        assertThat(bounce.kind()).isEqualTo(MailKind.BOUNCE);
        assertThat(bounce.failedAddress()).isEqualTo("old@gone.example");
        MailMessage list = MailParser.parse(Mails.from("news@vendor.example").to("sam@candor.example")
                .header("List-Id", "<news.vendor.example>").subject("Our newsletter", "UTF-8")
                .text("News.", "UTF-8", "7bit").bytes());
        assertThat(list.kind()).isEqualTo(MailKind.LIST);
        MailMessage bulk = MailParser.parse(Mails.from("promo@vendor.example").to("sam@candor.example")
                .header("Precedence", "bulk").subject("Offer", "UTF-8").text("Buy.", "UTF-8", "7bit").bytes());
        assertThat(bulk.kind()).isEqualTo(MailKind.LIST);
    }

    @Test
    void aMessageWithoutMessageIdIsKeyedByADigestOfSenderDateAndSubject() throws Exception {
        String eml = "From: a@example.com\r\nTo: b@example.com\r\nSubject: Hello\r\nDate: Fri, 20 Nov 2026 10:00:00 +0000"
                + "\r\n\r\nHi.\r\n";
        MailMessage one = MailParser.parse(eml.getBytes(StandardCharsets.US_ASCII));
        MailMessage again = MailParser.parse(eml.getBytes(StandardCharsets.US_ASCII));
        assertThat(one.key()).startsWith("sha256:").isEqualTo(again.key());
        String other = eml.replace("Subject: Hello", "Subject: Hello again");
        assertThat(MailParser.parse(other.getBytes(StandardCharsets.US_ASCII)).key()).isNotEqualTo(one.key());
    }

    @Test
    void controlCharactersInHeadersAreDropped() throws Exception {
        String eml = "From: a@example.com\r\nSubject: =?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(
                "Pay\u001b[31m now\u202e".getBytes(StandardCharsets.UTF_8)) + "?=\r\n\r\nx\r\n";
        assertThat(MailParser.parse(eml.getBytes(StandardCharsets.US_ASCII)).subject()).isEqualTo("Pay[31m now");
    }

    @Test
    void garbageIsNotAMessageButDoesNotBreakTheReader() {
        byte[] noise = new byte[4096];
        new java.util.Random(3).nextBytes(noise);
        try {
            MailMessage m = MailParser.parse(noise);
            assertThat(m.key()).isNotBlank();
        } catch (MailException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
