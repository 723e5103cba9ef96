package fr.metamut.base.domain;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.AbstractPreDatabaseOperationEvent;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.type.CollectionType;
import org.hibernate.type.ComponentType;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;

/**
 * The one check every feature's writes go through: before Hibernate inserts or updates a row, each text
 * it is about to write — the entity's own columns, its embedded values and its collections of embedded
 * values or texts — must be {@linkplain Texts#isStorable storable}, or the write is refused with
 * {@link Texts#requireStorable}'s message and nothing is stored. So H2 and PostgreSQL behave the same,
 * whichever service, form or import the text came from.
 *
 * <p>An update checks only the values it changes, so a row stored before this check existed stays
 * editable; a column marked {@link NotUserText} is not checked. Registered for every session factory by
 * {@code fr.metamut.base.service.StorableTextIntegrator}.
 */
public class StorableTextListener implements PreInsertEventListener, PreUpdateEventListener {

    /** The fields of each class (and its superclasses) marked {@link NotUserText}. */
    private static final ClassValue<Set<String>> NOT_USER_TEXT = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            Set<String> names = new HashSet<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.isAnnotationPresent(NotUserText.class)) {
                        names.add(field.getName());
                    }
                }
            }
            return Set.copyOf(names);
        }
    };

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        check(event, event.getState(), null);
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        check(event, event.getState(), event.getOldState());
        return false;
    }

    private static void check(AbstractPreDatabaseOperationEvent event, Object[] values, Object @Nullable [] oldValues) {
        var persister = event.getPersister();
        check(event.getFactory(), persister.getMappedClass(), persister.getPropertyNames(), persister.getPropertyTypes(),
                values, oldValues);
    }

    private static void check(SessionFactoryImplementor factory, Class<?> owner, String[] names, Type[] types,
                              Object[] values, Object @Nullable [] oldValues) {
        Set<String> skipped = NOT_USER_TEXT.get(owner);
        for (int i = 0; i < types.length; i++) {
            Object value = values[i];
            Object old = oldValues == null ? null : oldValues[i];
            // a collection Hibernate holds is the same object before and after: isChanged asks it instead
            boolean unchanged = oldValues != null && !(value instanceof PersistentCollection<?>) && Objects.equals(value, old);
            if (value != null && !unchanged && !skipped.contains(names[i])) {
                checkValue(factory, types[i], value, old);
            }
        }
    }

    private static void checkValue(SessionFactoryImplementor factory, Type type, Object value, @Nullable Object old) {
        if (value instanceof String text) {
            Texts.requireStorable(text);
        } else if (type instanceof ComponentType component) {
            check(factory, component.getReturnedClass(), component.getPropertyNames(), component.getSubtypes(),
                    component.getPropertyValues(value), old == null ? null : component.getPropertyValues(old));
        } else if (type instanceof CollectionType collection && value instanceof Collection<?> elements
                && Hibernate.isInitialized(value) && isChanged(value)) {
            Type elementType = collection.getElementType(factory);
            if (elementType instanceof ComponentType || elementType.getReturnedClass() == String.class) {
                for (Object element : elements) {
                    if (element != null) {
                        checkValue(factory, elementType, element, null);
                    }
                }
            }
        }
    }

    /** A collection Hibernate already holds is written only if dirty; a new one always. */
    private static boolean isChanged(Object collection) {
        return !(collection instanceof PersistentCollection<?> persistent) || persistent.isDirty();
    }
}
