package de.integreat.chat.benchmark.probe;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Splits one function's cold start into phases, in a fresh JVM whose class path is this class and the
 * function jar: building the {@code ChatContext} (configuration and the SDK clients), constructing the handler,
 * the first request and a second one. Prints one JSON line with the milliseconds and the classes loaded per
 * phase. Arguments: handler class, event file; {@code -Dprobe.launched} is the parent's {@code System.nanoTime()}
 * just before it started this JVM (the monotonic clock is shared by the processes of one machine).
 */
public final class ColdProbe {

    private ColdProbe() {
    }

    public static void main(String[] args) throws Exception {
        long mainEntered = System.nanoTime();
        long launched = Long.parseLong(System.getProperty("probe.launched", Long.toString(mainEntered)));
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        long c0 = classes.getTotalLoadedClassCount();
        long t0 = System.nanoTime();
        Class<?> contextType = Class.forName("de.integreat.chat.config.ChatContext");
        Object context = contextType.getMethod("fromEnvironment").invoke(null);
        long t1 = System.nanoTime();
        long c1 = classes.getTotalLoadedClassCount();
        RequestStreamHandler handler = (RequestStreamHandler) Class.forName(args[0])
                .getConstructor(contextType).newInstance(context);
        long t2 = System.nanoTime();
        long c2 = classes.getTotalLoadedClassCount();
        invoke(handler, event);
        long t3 = System.nanoTime();
        long c3 = classes.getTotalLoadedClassCount();
        invoke(handler, event);
        long t4 = System.nanoTime();
        long c4 = classes.getTotalLoadedClassCount();
        System.out.printf(java.util.Locale.ROOT, "{\"jvmToMainMs\":%.1f,\"contextMs\":%.1f,\"handlerMs\":%.1f,"
                        + "\"firstRequestMs\":%.1f,\"secondRequestMs\":%.1f,\"classesBeforeContext\":%d,\"contextClasses\":%d,"
                        + "\"handlerClasses\":%d,\"firstRequestClasses\":%d,\"secondRequestClasses\":%d}%n",
                ms(mainEntered - launched), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3),
                c0, c1 - c0, c2 - c1, c3 - c2, c4 - c3);
    }

    private static void invoke(RequestStreamHandler handler, byte[] event) throws Exception {
        handler.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(), null);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
