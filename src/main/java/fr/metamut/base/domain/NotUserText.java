package fr.metamut.base.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text column the application composes itself, whose control characters are deliberate (the
 * separator between a notification's arguments, say): {@link StorableTextListener} leaves it alone. The
 * user-typed parts such a value is built from were checked when they were stored.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotUserText {
}
