package fr.metamut.base.service;

import fr.metamut.base.domain.StorableTextListener;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;

/**
 * Puts {@link StorableTextListener} before every insert and update of every session factory (the web
 * application, the headless commands, the tests alike). Found by Hibernate through
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}.
 */
public class StorableTextIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        StorableTextListener listener = new StorableTextListener();
        EventListenerRegistry registry = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.PRE_INSERT, listener);
        registry.appendListeners(EventType.PRE_UPDATE, listener);
    }
}
