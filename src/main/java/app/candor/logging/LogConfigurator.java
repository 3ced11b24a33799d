package app.candor.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/**
 * Rolling logs in the data folder's {@code logs/} (system property {@code candor.logDir}, set by {@code Main}),
 * configured in code: parsing an XML configuration cost about 250 ms of every start. INFO never carries note
 * bodies or email addresses. A {@code logback-test.xml} or {@code logback.xml} on the class path still wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_LOW_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        String dir = System.getProperty("candor.logDir", System.getProperty("java.io.tmpdir") + "/candor-logs");
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        ownerOnly(dir);
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/candor.log");
        // Size-based rolling over a fixed window: cheaper to start than time-based policies, which scan old files.
        FixedWindowRollingPolicy policy = new FixedWindowRollingPolicy() {
            @Override
            public void rollover() {
                super.rollover();
                ownerOnly(dir);
            }
        };
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(dir + "/candor.%i.log.gz");
        policy.setMinIndex(1);
        policy.setMaxIndex(9);
        policy.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();
        file.setRollingPolicy(policy);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder);
        file.start();

        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The logs folder 0700 and every log in it 0600: logs name the files a person works with. */
    private static void ownerOnly(String dir) {
        try {
            java.nio.file.Path folder = app.candor.platform.SafeFiles.privateFolder(java.nio.file.Path.of(dir));
            java.nio.file.Path log = folder.resolve("candor.log");
            if (!java.nio.file.Files.exists(log)) {
                java.nio.file.Files.createFile(log, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            }
            try (var logs = java.nio.file.Files.list(folder)) {
                for (java.nio.file.Path f : logs.toList()) {
                    if (java.nio.file.Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        app.candor.platform.SafeFiles.ownerOnly(f);
                    }
                }
            }
        } catch (java.io.IOException | UnsupportedOperationException e) {
            // Logging must never stop Candor; the folder's own permissions still apply.
        }
    }
}
