package fr.metamut.base.service;

import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring Boot's JPA transaction manager, except that a writing transaction is flushed just before it
 * commits rather than by the commit itself. The SQL and its moment are the same; what changes is what
 * the caller sees when the flush refuses a write: the refusal itself — a {@link fr.metamut.base.domain.UserFacingException}
 * from {@link fr.metamut.base.domain.StorableTextListener}, a bean-validation violation, an optimistic-lock
 * failure translated as usual — instead of a {@code TransactionSystemException} wrapping it, which no
 * form can turn into a message. So a service that changes a managed entity without flushing it (most do)
 * refuses as clearly as one that flushes; the transaction is rolled back either way.
 */
@Configuration
public class TransactionConfiguration {

    @Bean
    JpaTransactionManager transactionManager(ObjectProvider<TransactionManagerCustomizers> customizers) {
        JpaTransactionManager transactionManager = new FlushBeforeCommit();
        customizers.ifAvailable(c -> c.customize(transactionManager));
        return transactionManager;
    }

    static class FlushBeforeCommit extends JpaTransactionManager {

        @Override
        protected void prepareForCommit(DefaultTransactionStatus status) {
            if (!status.isNewTransaction() || status.isReadOnly()) {
                return;
            }
            if (TransactionSynchronizationManager.getResource(obtainEntityManagerFactory())
                    instanceof EntityManagerHolder holder) {
                EntityManager entityManager = holder.getEntityManager();
                try {
                    entityManager.flush();
                } catch (RuntimeException e) {
                    throw DataAccessUtils.translateIfNecessary(e, getJpaDialect());
                }
            }
        }
    }
}
