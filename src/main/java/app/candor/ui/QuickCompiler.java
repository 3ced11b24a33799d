package app.candor.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.LoggerFactory;

/**
 * For the desktop app: asks the JVM to compile with its quick compiler (C1) only, through the JDK's documented
 * compiler control (JEP 165: a compiler directive added with the {@code Compiler.directives_add} diagnostic
 * command). On a two-core machine the optimizing compiler's threads took more CPU than the FX thread itself during
 * the first interactions, and frames waited for a core (docs/PERFORMANCE.md, decision 0009). Java-heavy work in
 * the window runs somewhat slower; database work, which is SQLite's native code, does not. The headless commands
 * keep both compilers. {@code -Dcandor.optimizingCompiler=true} keeps both in the window too.
 */
public final class QuickCompiler {

    static final String DIRECTIVE = "[ { match: \"*.*\", c2: { Exclude: true } } ]";
    static final String KEEP_PROPERTY = "candor.optimizingCompiler";

    private QuickCompiler() {
    }

    /** Adds the directive on a background thread; any JVM that cannot take it simply keeps its compilers. */
    public static void useForTheWindow() {
        if (Boolean.getBoolean(KEEP_PROPERTY)) {
            return;
        }
        Thread t = new Thread(QuickCompiler::addDirective, "candor-compiler-choice");
        t.setDaemon(true);
        t.start();
    }

    /** Returns what the JVM answered, or null when it could not be asked. */
    static String addDirective() {
        Path file = null;
        try {
            file = Files.createTempFile("candor-compiler", ".json");
            Files.writeString(file, DIRECTIVE);
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            return String.valueOf(answer).trim();
        } catch (IOException | JMException | RuntimeException e) {
            LoggerFactory.getLogger(QuickCompiler.class).debug("Keeping the JVM's compilers", e);
            return null;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LoggerFactory.getLogger(QuickCompiler.class).debug("Cannot delete {}", file, e);
                }
            }
        }
    }
}
