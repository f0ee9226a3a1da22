package io.gongkai.localstack;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs another main class and exits the JVM when a given parent process ends.
 * Arguments: {@code <parentPid> <mainClass> [args…]}.
 */
public final class Supervised {

    private Supervised() {
    }

    public static void main(String[] args) throws Exception {
        long parentPid = Long.parseLong(args[0]);
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> {
                    System.err.println("parent process " + parentPid + " is gone: exiting");
                    System.exit(0);
                }),
                () -> System.exit(0));
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    }
}
