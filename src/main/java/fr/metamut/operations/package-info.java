/**
 * What the operations team watches (README, "Déploiement"): Spring Boot Actuator's liveness and readiness probes
 * for the load balancer (readiness: the database answers, Flyway's migrations are applied and the reference data
 * loaded, {@link fr.metamut.operations.service.ReferenceDataHealthIndicator}), the metrics of Micrometer with a
 * Prometheus endpoint, including the open Vaadin UIs and the logged-in sessions
 * ({@link fr.metamut.operations.ui.SessionMetrics}), who may read which endpoint
 * ({@link fr.metamut.operations.ManagementSecurityConfiguration}), and the user and request id in every log line
 * written while serving a request ({@link fr.metamut.operations.ui.RequestLogContextFilter}).
 */
package fr.metamut.operations;
