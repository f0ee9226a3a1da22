package io.gongkai.schemas;

import org.apache.avro.util.ClassSecurityValidator;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Avro (1.12.2+) instantiates only trusted classes when reading into generated classes. This adds the
 * package of gongkai's generated events to what the JVM already trusts.
 */
public final class TrustedEventClasses {

    public static final String EVENTS_PACKAGE = "io.gongkai.events";
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private TrustedEventClasses() {
    }

    /** Idempotent; call before reading into, or instantiating by schema, the generated classes. */
    public static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            ClassSecurityValidator.ClassSecurityPredicate events = type -> EVENTS_PACKAGE.equals(type.getPackageName());
            ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), events));
        }
    }
}
