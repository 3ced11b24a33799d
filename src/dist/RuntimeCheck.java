import java.awt.image.BufferedImage;
import java.beans.Introspector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.net.ssl.SSLContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Proves, in the runtime package.sh has just linked, that what Candor uses of the modules it needs only in part
 * still works after the parts no path reaches were left out (package.sh, "leave_out"): images written as PNG with
 * AWT headless, dates, numbers and money in other languages, the names of languages and time zones (falling back to
 * English), XML parsing (logback), the mail charsets, TLS with elliptic curves (IMAP), bean introspection.
 * Compiled by the build's JDK, run by the runtime's own java; exits 1 naming each failure.
 */
public final class RuntimeCheck {

    private final List<String> failures = new ArrayList<>();

    public static void main(String[] args) {
        RuntimeCheck check = new RuntimeCheck();
        check.run("PNG image", RuntimeCheck::png);
        check.run("dates, numbers and money in German, French and Japanese", RuntimeCheck::formats);
        check.run("names of languages and time zones", RuntimeCheck::names);
        check.run("XML parsing", RuntimeCheck::xml);
        check.run("mail charsets", RuntimeCheck::charsets);
        check.run("TLS", RuntimeCheck::tls);
        check.run("bean introspection", () -> expect(Introspector.getBeanInfo(Thread.class).getPropertyDescriptors()
                .length > 0, "no properties"));
        if (!check.failures.isEmpty()) {
            check.failures.forEach(f -> System.err.println("RuntimeCheck: " + f));
            System.exit(1);
        }
        System.out.println("RuntimeCheck: the runtime does what Candor needs of it");
    }

    private interface Step {
        void run() throws Exception;
    }

    private void run(String what, Step step) {
        try {
            step.run();
        } catch (Exception | LinkageError e) {
            failures.add(what + ": " + e);
        }
    }

    private static void expect(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }

    private static void expectEqual(String expected, String actual) {
        expect(expected.equals(actual), "expected \"" + expected + "\", got \"" + actual + "\"");
    }

    private static void png() throws Exception {
        expect(Boolean.getBoolean("java.awt.headless"), "run with -Djava.awt.headless=true (app.Main sets it on Linux; headless is what an image needs anywhere)");
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB);
        int[] argb = {0xff112233, 0x80445566, 0x00000000, 0xffffffff, 0xff000000, 0x7f7f7f7f};
        image.setRGB(0, 0, 3, 2, argb, 0, 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        expect(ImageIO.write(image, "png", out), "no PNG writer");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        expect(Arrays.equals(argb, read.getRGB(0, 0, 3, 2, null, 0, 3)), "the PNG read back differs");
    }

    private static void formats() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        DateTimeFormatter medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
        expectEqual("02.12.2026", medium.withLocale(Locale.GERMANY).format(day));
        expectEqual("2 déc. 2026", medium.withLocale(Locale.FRANCE).format(day));
        expectEqual("2026/12/02", medium.withLocale(Locale.JAPAN).format(day));
        expectEqual("Mittwoch", day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.GERMAN));
        expectEqual("1.234,5", NumberFormat.getNumberInstance(Locale.GERMANY).format(1234.5));
        expectEqual("1.234,50\u00a0€", NumberFormat.getCurrencyInstance(Locale.GERMANY).format(new BigDecimal("1234.50")));
    }

    private static void names() {
        expect(!Locale.GERMANY.getDisplayName(Locale.GERMANY).isBlank(), "no name for German");
        expect(!ZoneId.of("Europe/Berlin").getDisplayName(TextStyle.FULL, Locale.JAPANESE).isBlank(), "no zone name");
        ZonedDateTime noon = ZonedDateTime.of(2026, 12, 2, 12, 0, 0, 0, ZoneId.of("Europe/Paris"));
        expect(!DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL).withLocale(Locale.FRANCE).format(noon).isBlank(),
                "no full date and time in French");
    }

    private static void xml() throws Exception {
        byte[] doc = "<configuration><appender name=\"FILE\"/></configuration>".getBytes(StandardCharsets.UTF_8);
        SAXParserFactory.newInstance().newSAXParser().parse(new ByteArrayInputStream(doc), new DefaultHandler());
        expectEqual("configuration", DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(doc)).getDocumentElement().getTagName());
    }

    private static void charsets() {
        for (String name : List.of("Shift_JIS", "ISO-2022-JP", "EUC-KR", "GB18030", "Big5", "KOI8-R", "windows-1251",
                "ISO-8859-15")) {
            expect(Charset.isSupported(name), name + " is missing");
        }
        expectEqual("日本", new String("日本".getBytes(Charset.forName("Shift_JIS")), Charset.forName("Shift_JIS")));
    }

    private static void tls() throws Exception {
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(null, null, null);
        expect(Arrays.stream(tls.createSSLEngine().getSupportedCipherSuites()).anyMatch(s -> s.contains("ECDHE")),
                "no elliptic-curve cipher suites");
    }
}
