package de.integreat.chat.config;

import java.util.function.Supplier;

/**
 * A value built once, on the first {@link #get()}; safe for concurrent callers (the local runtime). Used for
 * what only some requests need (S3), so that cold starts and functions without it never build or load it.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private volatile T value;

    public Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = factory.get();
                    value = result;
                }
            }
        }
        return result;
    }
}
