package app.candor.ui.common;

import java.lang.management.ManagementFactory;

/**
 * When a window's first frame is on screen: at the start of the third pulse after the content was put in the
 * window. A pulse does not finish before the previous frame has been rendered, so when the third one starts, the
 * first has been painted and the second synced. Today builds its detail pane after it, and both start-up probes
 * (the bare window and Candor) take their time at it.
 * The time taken is the pulse's own timestamp, not the moment an animation handler happens to run in it.
 */
public final class FirstFrame {

    /** The pulse (counted from 1) at whose start the first frame has been painted. */
    public static final int PAINTED_AT_PULSE = 3;
    /**
     * Set by the start-up benchmark on the process it starts: when it started that process, epoch milliseconds, so
     * that the launcher's own work is counted too.
     */
    public static final String LAUNCHED_AT = "candor.startedAt";

    private FirstFrame() {
    }

    /**
     * Runs {@code then}, on the FX thread with the pulse's timestamp, at the start of the {@link #PAINTED_AT_PULSE}th
     * pulse counted from the next one, counting only pulses that start while {@code ready} holds.
     */
    public static void whenPainted(java.util.function.BooleanSupplier ready, java.util.function.LongConsumer then) {
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (!ready.getAsBoolean() || ++frames < PAINTED_AT_PULSE) {
                    return;
                }
                stop();
                then.accept(now);
            }
        }.start();
    }

    /**
     * Milliseconds from the process's start to the pulse that began at {@code pulseNanos}
     * ({@code System.nanoTime()}).
     */
    public static long msFromJvmStart(long pulseNanos) {
        long pulseWallMs = System.currentTimeMillis() - (System.nanoTime() - pulseNanos) / 1_000_000;
        long launched = Long.getLong(LAUNCHED_AT, 0);
        return pulseWallMs - (launched > 0 ? launched : ManagementFactory.getRuntimeMXBean().getStartTime());
    }
}
