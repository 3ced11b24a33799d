package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** The window's compiler choice reaches the JVM: the directive it adds is the one the JVM then holds. */
class QuickCompilerTest {

    private static final String[] NO_ARGS = {};

    @Test
    void theDirectiveExcludesTheOptimizingCompilerAndIsHeldByTheJvm() throws Exception {
        String before = directives();
        String answer = QuickCompiler.addDirective();
        try {
            assertThat(answer).isEqualTo("1 compiler directives added");
            String after = directives();
            assertThat(after).isNotEqualTo(before);
            // The newest directive comes first: it matches every method and turns C2 compilation off.
            String newest = after.substring(0, after.indexOf("Directive: (default)"));
            assertThat(newest).contains("matching: *.*");
            assertThat(newest.substring(newest.indexOf("c2 directives:"))).contains("Exclude:true");
            assertThat(newest.substring(newest.indexOf("c1 directives:"), newest.indexOf("c2 directives:")))
                    .contains("Exclude:false");
        } finally {
            // Leave the test JVM's compilers as they were.
            invoke("compilerDirectivesRemove");
        }
        assertThat(directives()).isEqualTo(before);
    }

    @Test
    void thePropertyKeepsBothCompilers() throws Exception {
        String before = directives();
        System.setProperty(QuickCompiler.KEEP_PROPERTY, "true");
        try {
            QuickCompiler.useForTheWindow();
            Thread.sleep(200);
            assertThat(directives()).isEqualTo(before);
        } finally {
            System.clearProperty(QuickCompiler.KEEP_PROPERTY);
        }
    }

    private static String directives() throws Exception {
        return invoke("compilerDirectivesPrint");
    }

    private static String invoke(String command) throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), command,
                new Object[] {NO_ARGS}, new String[] {String[].class.getName()}));
    }
}
